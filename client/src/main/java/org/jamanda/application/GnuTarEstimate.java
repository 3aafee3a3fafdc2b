package org.jamanda.application;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Estimates the size of a GNU tar dump the way sendsize's {@code getsize_gnutar} does: a real
 * {@code tar --create --file /dev/null --totals} run over a temporary copy of the base snapshot, so
 * the snapshots in the list directory are never touched. Thread-safe.
 */
public final class GnuTarEstimate {
  private static final Logger log = LoggerFactory.getLogger(GnuTarEstimate.class);

  private final Path tar;
  private final Path listDir;
  private final Duration timeout;

  /** An estimator running {@code tar}, reading snapshots from {@code listDir}. */
  public GnuTarEstimate(Path tar, Path listDir, Duration timeout) {
    this.tar = Objects.requireNonNull(tar, "tar");
    this.listDir = Objects.requireNonNull(listDir, "listDir");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * The size in KiB (rounded up) that a dump of {@code request} at its level would have.
   *
   * @throws TarFailedException when tar exits with status 2 or more
   * @throws IOException when tar cannot run, times out or prints no totals
   */
  public long estimateKiB(DumpRequest request) throws IOException {
    SnapshotFiles snapshots = new SnapshotFiles(listDir, request.host(), request.disk());
    Path copy = snapshots.prepareEstimateCopy(request.level());
    try (TarCreateCommand command = TarCreateCommand.build(tar, request, copy, false)) {
      TarProcess process = new TarProcess(command.arguments(), timeout);
      process.runWriting(OutputStream.nullOutputStream());
      long bytes = process.stderr().totalBytes();
      if (bytes < 0) {
        throw new IOException(
            tar + " printed no \"Total bytes written\" line for " + request.disk());
      }
      long kib = (bytes + 1023) / 1024;
      log.debug("event=estimate disk={} level={} kib={}", request.disk(), request.level(), kib);
      return kib;
    } finally {
      Files.deleteIfExists(copy);
    }
  }
}
