package org.jamanda.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a GNU tar listed-incremental archive into a directory with the real tar, applying the
 * deletions a higher-level dump records ({@code --listed-incremental=/dev/null}). Archives holding
 * absolute names or {@code ..} are refused: tar itself strips or skips such members, and this class
 * then fails, naming them. Thread-safe.
 */
public final class GnuTarRestore {
  private static final Logger log = LoggerFactory.getLogger(GnuTarRestore.class);

  private final Path tar;
  private final Duration timeout;

  /** A restorer running {@code tar}, killing it after {@code timeout}. */
  public GnuTarRestore(Path tar, Duration timeout) {
    this.tar = Objects.requireNonNull(tar, "tar");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Extracts {@code archive} (read to its end, not closed) into the existing directory {@code
   * target}.
   *
   * @throws UnsafeArchiveException when the archive names a member outside {@code target}
   * @throws TarFailedException when tar exits with status 2 or more
   * @throws IOException when tar cannot run or times out, or {@code target} is not a directory
   */
  public void extract(InputStream archive, Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      throw new IOException("restore target " + target + " is not a directory");
    }
    List<String> command =
        List.of(
            tar.toString(),
            "--extract",
            "--listed-incremental=/dev/null",
            "--file",
            "-",
            "--directory",
            target.toString());
    TarProcess process = new TarProcess(command, timeout);
    try {
      process.runReading(archive);
    } catch (TarFailedException e) {
      refuseUnsafe(e.messages());
      throw e;
    }
    refuseUnsafe(process.stderr().messages());
    log.debug("event=restore_done target={}", target);
  }

  /** Fails when tar reported a member it had to strip or skip as unsafe. */
  private static void refuseUnsafe(List<String> messages) throws UnsafeArchiveException {
    for (String line : messages) {
      if (line.contains("Removing leading") || line.contains("Member name contains '..'")) {
        throw new UnsafeArchiveException(line);
      }
    }
  }
}
