package org.jamanda.testing.amanda;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jamanda.testing.Prerequisites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon started by the test as a child process, as another user through {@code runuser} (e.g.
 * jamanda's {@code amandad -udp=PORT} as {@code backup}), with its output in a file that failure
 * messages quote.
 *
 * <p>{@link #start} returns once the daemon listens on its port; {@link #close} stops it and its
 * children and deletes the output file, and so does JVM exit if the test never closes it. Not
 * thread-safe; one test owns it. Needs root.
 */
public final class ChildDaemon implements AutoCloseable, DiagnosticSource {
  private static final Logger log = LoggerFactory.getLogger(ChildDaemon.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final String name;
  private final Transport transport;
  private final int port;
  private final Process process;
  private final Path directory;
  private final ExitCleanup exitCleanup;

  private ChildDaemon(String name, Transport transport, int port, Process process, Path directory) {
    this.name = name;
    this.transport = transport;
    this.port = port;
    this.process = process;
    this.directory = directory;
    this.exitCleanup = ExitCleanup.register(name + "-" + process.pid(), this::stopAndDelete);
  }

  /**
   * Runs {@code command} as {@code user} with {@code environment} added, and waits up to {@code
   * timeout} until it (or a child of it) listens on {@code port}.
   *
   * @throws IOException when it exits first or does not listen in time; the message quotes its
   *     output, and the process is stopped
   */
  public static ChildDaemon start(
      String name,
      String user,
      List<String> command,
      Map<String, String> environment,
      Transport transport,
      int port,
      Duration timeout)
      throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("jamanda-daemon-" + name + "-");
    ProcessBuilder builder =
        new ProcessBuilder(asUser(user, command))
            .directory(new File("/"))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(directory.resolve("output.log").toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    ChildDaemon daemon = new ChildDaemon(name, transport, port, builder.start(), directory);
    try {
      BoundSockets.awaitListening(transport, port, daemon.process.toHandle(), timeout, daemon);
    } catch (IOException | InterruptedException | RuntimeException e) {
      daemon.closeAfterFailure(e);
      throw e;
    }
    log.info("daemon started name={} pid={} port={}", name, daemon.process.pid(), port);
    return daemon;
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** The process id of the direct child ({@code runuser}). */
  public long pid() {
    return process.pid();
  }

  /** Everything it printed so far. */
  public String output() {
    return DiagnosticSource.readFile(directory.resolve("output.log"));
  }

  @Override
  public String diagnostics() {
    return "---- daemon "
        + name
        + " pid "
        + process.pid()
        + " on "
        + BoundSockets.describe(transport, port)
        + (process.isAlive() ? "" : ", exited " + process.exitValue())
        + " ----\n"
        + output();
  }

  /** Stops the daemon and its children and deletes its output. */
  @Override
  public void close() throws IOException {
    exitCleanup.cancel();
    stopAndDelete();
    log.info("daemon stopped name={} pid={}", name, process.pid());
  }

  private void stopAndDelete() throws IOException {
    boolean stopped;
    try {
      stopped = ProcessTree.stop(process.toHandle(), STOP_GRACE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      stopped = false;
    }
    TempFiles.deleteTree(directory);
    if (!stopped) {
      throw new IOException("daemon " + name + " pid " + process.pid() + " did not stop");
    }
  }

  private void closeAfterFailure(Exception failure) {
    try {
      close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static List<String> asUser(String user, List<String> command) throws IOException {
    Path runuser = Prerequisites.findOnPath("runuser");
    if (runuser == null) {
      throw new IOException("runuser (util-linux) is needed to run a daemon as " + user);
    }
    List<String> line = new ArrayList<>(List.of(runuser.toString(), "-u", user, "--"));
    line.addAll(command);
    return line;
  }
}
