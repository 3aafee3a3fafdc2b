package org.jamanda.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GnuTarRestoreTest {
  @TempDir Path temp;

  private final GnuTarRestore restore =
      new GnuTarRestore(GnuTarBackupTest.TAR, GnuTarBackupTest.TIMEOUT);

  /** Builds an archive with real tar, keeping member names as given ({@code --absolute-names}). */
  private Path archive(Path workDir, String member) throws IOException, InterruptedException {
    Path archive = temp.resolve("crafted.tar");
    Process tar =
        new ProcessBuilder(
                List.of(
                    GnuTarBackupTest.TAR.toString(),
                    "--create",
                    "--absolute-names",
                    "--file",
                    archive.toString(),
                    member))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(tar.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(tar.exitValue()).isZero();
    return archive;
  }

  @Test
  void anArchiveWithAnAbsoluteMemberIsRefused() throws Exception {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    LabTree.write(outside.resolve("victim.txt"), "original\n");
    Path archive = archive(temp, outside.resolve("victim.txt").toString());
    LabTree.write(outside.resolve("victim.txt"), "must stay\n");
    Path target = Files.createDirectories(temp.resolve("target"));

    try (InputStream in = Files.newInputStream(archive)) {
      assertThatThrownBy(() -> restore.extract(in, target))
          .isInstanceOf(UnsafeArchiveException.class)
          .hasMessageContaining("Removing leading");
    }
    assertThat(Files.readString(outside.resolve("victim.txt"))).isEqualTo("must stay\n");
  }

  @Test
  void anArchiveWithADotDotMemberIsRefusedAndWritesNothingOutside() throws Exception {
    Path work = Files.createDirectories(temp.resolve("work/inner"));
    LabTree.write(temp.resolve("work/escape.txt"), "escaped\n");
    Path archive = archive(work, "../escape.txt");
    Path target = Files.createDirectories(temp.resolve("a/b/target"));

    try (InputStream in = Files.newInputStream(archive)) {
      assertThatThrownBy(() -> restore.extract(in, target))
          .isInstanceOf(UnsafeArchiveException.class)
          .hasMessageContaining("../");
    }
    assertThat(temp.resolve("a/b/escape.txt")).doesNotExist();
  }

  @Test
  void aMissingTargetIsRefusedBeforeTarRuns() {
    Path target = temp.resolve("missing");

    assertThatThrownBy(() -> restore.extract(InputStream.nullInputStream(), target))
        .isInstanceOf(IOException.class)
        .hasMessage("restore target " + target + " is not a directory");
  }

  @Test
  void garbageInputFailsWithTarsStatus() throws IOException {
    Path target = Files.createDirectories(temp.resolve("target"));
    byte[] garbage =
        "this is not a tar archive at all".repeat(40).getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> restore.extract(new ByteArrayInputStream(garbage), target))
        .isInstanceOfSatisfying(TarFailedException.class, e -> assertThat(e.status()).isEqualTo(2));
  }
}
