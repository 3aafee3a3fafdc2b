package org.jamanda.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a process started by inetd off its socket. Under inetd, descriptors 0, 1 and 2 are the
 * socket itself, so anything printed would go to the peer: standard output and error are sent to a
 * log file before anything else runs.
 */
final class InetdOutput {
  private InetdOutput() {}

  /** True when standard input is a socket handed over by inetd (or systemd). */
  static boolean startedByInetd() {
    try {
      return System.inheritedChannel() != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Sends standard output and error to {@code PROGRAM.log} in {@code JAMANDA_LOG_DIR}, or in
   * /var/log/jamanda, or in a per-user directory under the temporary directory, the first that can
   * be written; and logs at INFO unless a level was chosen.
   */
  static void redirect(String program) {
    if (System.getProperty("jamanda.log.level") == null
        && System.getenv("JAMANDA_LOG_LEVEL") == null) {
      System.setProperty("jamanda.log.level", "INFO");
    }
    PrintStream log = open(program);
    System.setOut(log);
    System.setErr(log);
  }

  private static PrintStream open(String program) {
    String env = System.getenv("JAMANDA_LOG_DIR");
    Path[] candidates = {
      env == null ? null : Path.of(env),
      Path.of("/var/log/jamanda"),
      Path.of(System.getProperty("java.io.tmpdir"), "jamanda-" + System.getProperty("user.name"))
    };
    for (Path dir : candidates) {
      if (dir == null) {
        continue;
      }
      try {
        Files.createDirectories(dir);
        FileOutputStream file = new FileOutputStream(dir.resolve(program + ".log").toFile(), true);
        return new PrintStream(file, true, StandardCharsets.UTF_8);
      } catch (IOException | SecurityException e) {
        // Not writable here; the next candidate is tried.
      }
    }
    return new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
  }
}
