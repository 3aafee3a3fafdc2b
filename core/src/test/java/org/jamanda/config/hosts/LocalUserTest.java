package org.jamanda.config.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalUserTest {
  @Test
  void currentUserOwnsTheFilesItCreates(@TempDir Path dir) throws Exception {
    Path created = Files.createFile(dir.resolve("mine"));

    LocalUser me = LocalUser.current();

    assertThat(me.name()).isEqualTo(System.getProperty("user.name"));
    assertThat(me.uid()).isEqualTo(((Number) Files.getAttribute(created, "unix:uid")).longValue());
  }

  @Test
  void rejectsEmptyNameAndNegativeUid() {
    assertThatThrownBy(() -> new LocalUser("", 34))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("local user name is empty");
    assertThatThrownBy(() -> new LocalUser("backup", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative uid -1 for user backup");
  }
}
