package org.jamanda.it.interop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.testing.amanda.BoundSockets;
import org.jamanda.testing.amanda.DebianAmanda;
import org.jamanda.testing.amanda.DiagnosticSource;
import org.jamanda.testing.amanda.ProcessTree;
import org.jamanda.testing.amanda.Transport;

/**
 * jamanda's amandad as a child process of the test, standalone on a UDP port ({@code amandad
 * -auth=bsd -udp=PORT}), running as Amanda's user through runuser, like Debian's under inetd. Its
 * output goes to a file that failure messages quote.
 */
final class JamandaAmandad implements RunningAmandad {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final int port;
  private final Process process;
  private final Path directory;

  private JamandaAmandad(int port, Process process, Path directory) {
    this.port = port;
    this.process = process;
    this.directory = directory;
  }

  /**
   * Starts {@code jamanda amandad} on 127.0.0.1:{@code port} for auth bsd, serving amdump, reading
   * {@code /var/backups/.amandahosts} (the name Debian's amandad reads, so the texts match), and
   * waits until the port is bound.
   */
  static JamandaAmandad startStandalone(JamandaJar jar, int port)
      throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("jamanda-amandad-");
    List<String> line = new ArrayList<>(List.of("runuser", "-u", DebianAmanda.USER, "--"));
    line.addAll(
        jar.commandLine(
            "amandad",
            "-auth=bsd",
            "-udp=" + port,
            "--address=127.0.0.1",
            "--amandahosts=" + DebianAmanda.HOME_AMANDAHOSTS,
            "amdump"));
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .directory(new File("/"))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(directory.resolve("amandad.log").toFile())
            .redirectErrorStream(true);
    builder.environment().put("JAMANDA_LOG_LEVEL", "DEBUG");
    JamandaAmandad amandad = new JamandaAmandad(port, builder.start(), directory);
    try {
      BoundSockets.awaitListening(
          Transport.UDP, port, amandad.process.toHandle(), START_TIMEOUT, amandad);
      return amandad;
    } catch (IOException | InterruptedException | RuntimeException e) {
      amandad.close();
      throw e;
    }
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public String diagnostics() {
    return "---- jamanda amandad pid "
        + process.pid()
        + " on udp port "
        + port
        + " ----\n"
        + DiagnosticSource.readFile(directory.resolve("amandad.log"));
  }

  @Override
  public void close() throws IOException {
    try {
      ProcessTree.stop(process.toHandle(), STOP_GRACE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
    }
    Files.deleteIfExists(directory.resolve("amandad.log"));
    Files.deleteIfExists(directory);
  }
}
