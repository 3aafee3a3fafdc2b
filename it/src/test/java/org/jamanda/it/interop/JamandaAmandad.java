package org.jamanda.it.interop;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.jamanda.testing.amanda.ChildDaemon;
import org.jamanda.testing.amanda.DebianAmanda;
import org.jamanda.testing.amanda.Transport;

/**
 * jamanda's amandad as a child process of the test, standalone on a UDP port ({@code amandad
 * -auth=bsd -udp=PORT}), running as Amanda's user like Debian's under inetd, logging at DEBUG into
 * a file that failure messages quote.
 */
final class JamandaAmandad implements RunningAmandad {
  // A JVM starts in well under a second; a loaded 2-core build machine needs more.
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final ChildDaemon daemon;

  private JamandaAmandad(ChildDaemon daemon) {
    this.daemon = daemon;
  }

  /**
   * Starts {@code jamanda amandad} on 127.0.0.1:{@code port} for auth bsd, serving amdump, reading
   * {@code /var/backups/.amandahosts} (the name Debian's amandad reads, so the texts match), and
   * waits until the port is bound.
   */
  static JamandaAmandad startStandalone(JamandaJar jar, int port)
      throws IOException, InterruptedException {
    return new JamandaAmandad(
        ChildDaemon.start(
            "jamanda-amandad",
            DebianAmanda.USER,
            jar.commandLine(
                "amandad",
                "-auth=bsd",
                "-udp=" + port,
                "--address=127.0.0.1",
                "--amandahosts=" + DebianAmanda.HOME_AMANDAHOSTS,
                "amdump"),
            Map.of("JAMANDA_LOG_LEVEL", "DEBUG"),
            Transport.UDP,
            port,
            START_TIMEOUT));
  }

  @Override
  public int port() {
    return daemon.port();
  }

  @Override
  public String diagnostics() {
    return daemon.diagnostics();
  }

  @Override
  public void close() throws IOException {
    daemon.close();
  }
}
