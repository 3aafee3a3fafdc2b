package org.jamanda.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFilesTest {
  @TempDir Path lists;

  @Test
  void slashesColonsAndBackslashesBecomeUnderscoresAsInAmandasSanitiseFilename() {
    assertThat(SnapshotFiles.sanitise("/srv/amanda-lab/data/tcp"))
        .isEqualTo("_srv_amanda-lab_data_tcp");
    assertThat(SnapshotFiles.sanitise("C:\\Users\\x")).isEqualTo("C__Users_x");
    assertThat(SnapshotFiles.sanitise("/a_b")).isEqualTo("_a_b");
  }

  @Test
  void theLabsLevelZeroFileIsNamedAsTheSample() {
    SnapshotFiles files = new SnapshotFiles(lists, "localhost", "/srv/amanda-lab/data/tcp");

    assertThat(files.level(0)).isEqualTo(lists.resolve("localhost_srv_amanda-lab_data_tcp_0"));
  }

  @Test
  void theBaseIsTheNewestExistingLevelBelow() throws IOException {
    SnapshotFiles files = new SnapshotFiles(lists, "h", "/d");
    Files.writeString(files.level(0), "zero");
    Files.writeString(files.level(2), "two");

    assertThat(files.base(0)).isEmpty();
    assertThat(files.base(1)).contains(files.level(0));
    assertThat(files.base(2)).contains(files.level(0));
    assertThat(files.base(5)).contains(files.level(2));
  }

  @Test
  void aLevelZeroWorkingCopyIsEmptyEvenWhenAnOldOneExists() throws IOException {
    SnapshotFiles files = new SnapshotFiles(lists, "h", "/d");
    Files.writeString(files.level(0), "old snapshot");
    Files.writeString(lists.resolve("h_d_0.new"), "left over from a crash");

    Path working = files.prepareWorkingCopy(0);

    assertThat(working).isEqualTo(lists.resolve("h_d_0.new")).isEmptyFile();
    assertThat(files.level(0)).hasContent("old snapshot");
  }

  @Test
  void aLevelOneWorkingCopyStartsAsACopyOfLevelZero() throws IOException {
    SnapshotFiles files = new SnapshotFiles(lists, "h", "/d");
    Files.writeString(files.level(0), "level zero");

    Path working = files.prepareWorkingCopy(1);
    Files.writeString(working, "changed by tar");

    assertThat(files.level(0)).hasContent("level zero");
    files.commit(working, 1);
    assertThat(files.level(1)).hasContent("changed by tar");
    assertThat(working).doesNotExist();
  }
}
