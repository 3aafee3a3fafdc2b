package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientPlatformTest {
  @TempDir Path temp;

  @Test
  void namesDebianAsLsbReleaseDoes() throws Exception {
    Path osRelease =
        Files.writeString(
            temp.resolve("os-release"),
            """
            PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
            NAME="Debian GNU/Linux"
            VERSION_ID="12"
            ID=debian
            """);

    assertThat(ClientPlatform.read(osRelease))
        .isEqualTo(new ClientPlatform("Debian", "Debian GNU/Linux 12 (bookworm)"));
  }

  @Test
  void fallsBackToIdAndUnknown() throws Exception {
    Path osRelease = Files.writeString(temp.resolve("os-release"), "ID='alpine'\n");

    assertThat(ClientPlatform.read(osRelease)).isEqualTo(new ClientPlatform("alpine", "Unknown"));
  }

  @Test
  void saysUnknownWithoutReleaseFile() {
    assertThat(ClientPlatform.read(temp.resolve("missing")))
        .isEqualTo(new ClientPlatform("Unknown", "Unknown"));
  }
}
