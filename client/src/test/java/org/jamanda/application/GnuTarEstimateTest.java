package org.jamanda.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GnuTarEstimateTest {
  @TempDir Path temp;

  private Path lists() {
    return temp.resolve("gnutar-lists");
  }

  private GnuTarEstimate estimate() {
    return new GnuTarEstimate(GnuTarBackupTest.TAR, lists(), GnuTarBackupTest.TIMEOUT);
  }

  private DumpResult dump(Path dir, int level) throws IOException {
    return new GnuTarBackup(GnuTarBackupTest.TAR, lists(), GnuTarBackupTest.TIMEOUT)
        .dump(DumpRequest.of("client", "/srv/data", dir, level), OutputStream.nullOutputStream());
  }

  @Test
  void aFullEstimateIsWithinAFewPercentOfTheRealDump() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));

    long estimated = estimate().estimateKiB(DumpRequest.of("client", "/srv/data", dir, 0));
    long dumped = dump(dir, 0).sizeKiB();

    assertThat(estimated).isCloseTo(dumped, within(dumped * 3 / 100));
    assertThat(estimated).isGreaterThan(3 * 1024);
  }

  @Test
  void anIncrementalEstimateIsWithinAFewPercentAndLeavesTheSnapshotAlone() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    dump(dir, 0);
    Path level0 = lists().resolve("client_srv_data_0");
    byte[] before = Files.readAllBytes(level0);
    Files.write(dir.resolve("grown.bin"), new byte[200 * 1024]);

    long estimated = estimate().estimateKiB(DumpRequest.of("client", "/srv/data", dir, 1));

    assertThat(Files.readAllBytes(level0)).isEqualTo(before);
    try (var files = Files.list(lists())) {
      assertThat(files).containsExactly(level0);
    }
    long dumped = dump(dir, 1).sizeKiB();
    assertThat(estimated).isCloseTo(dumped, within(Math.max(10, dumped * 3 / 100)));
    assertThat(estimated).isLessThan(1024);
  }

  @Test
  void anEstimateOfAMissingDirectoryFailsNamingIt() {
    Path gone = temp.resolve("gone");

    assertThatThrownBy(() -> estimate().estimateKiB(DumpRequest.of("client", "/x", gone, 0)))
        .isInstanceOf(TarFailedException.class)
        .hasMessageContaining(gone.toString());
  }
}
