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
 * Dumps one directory with the real GNU tar, as amgtar's {@code backup} command does: a
 * listed-incremental archive streamed to the caller, the index taken from tar's verbose listing,
 * and the level's snapshot file replaced only when tar succeeds, so a failed dump leaves the
 * earlier snapshots as they were. Thread-safe; two dumps of the same DLE at once are not.
 *
 * <pre>
 * GnuTarBackup backup = new GnuTarBackup(Path.of("/bin/tar"), listDir, Duration.ofHours(24));
 * DumpResult result = backup.dump(DumpRequest.of("client", "/srv/data", dir, 1), dataStream);
 * </pre>
 */
public final class GnuTarBackup {
  private static final Logger log = LoggerFactory.getLogger(GnuTarBackup.class);

  private final Path tar;
  private final Path listDir;
  private final Duration timeout;

  /**
   * A backup program running {@code tar}, keeping snapshots in {@code listDir} (Amanda's
   * gnutar-lists directory), and killing a tar that runs longer than {@code timeout}.
   */
  public GnuTarBackup(Path tar, Path listDir, Duration timeout) {
    this.tar = Objects.requireNonNull(tar, "tar");
    this.listDir = Objects.requireNonNull(listDir, "listDir");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Dumps {@code request} at its level, writing the archive to {@code data} (not closed). The
   * archive streams through a fixed buffer; the index is kept in memory.
   *
   * @throws TarFailedException when tar exits with status 2 or more
   * @throws IOException when tar cannot run, times out, or {@code data} fails
   */
  public DumpResult dump(DumpRequest request, OutputStream data) throws IOException {
    SnapshotFiles snapshots = new SnapshotFiles(listDir, request.host(), request.disk());
    Files.createDirectories(listDir);
    Path working = snapshots.prepareWorkingCopy(request.level());
    boolean committed = false;
    try (TarCreateCommand command = TarCreateCommand.build(tar, request, working, true)) {
      TarProcess process = new TarProcess(command.arguments(), timeout);
      long streamed = process.runWriting(data);
      TarStderr stderr = process.stderr();
      snapshots.commit(working, request.level());
      committed = true;
      DumpResult result =
          new DumpResult(
              stderr.index(), stderr.state(), stderr.messages(), stderr.totalBytes(), streamed);
      log.info(
          "event=dump_done disk={} level={} bytes={} files={}",
          request.disk(),
          request.level(),
          streamed,
          result.index().size());
      return result;
    } finally {
      if (!committed) {
        Files.deleteIfExists(working);
      }
    }
  }
}
