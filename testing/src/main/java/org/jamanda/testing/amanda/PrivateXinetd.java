package org.jamanda.testing.amanda;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jamanda.testing.Prerequisites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An xinetd of the test's own, started from a configuration file in a temporary directory with
 * {@code -f FILE -pidfile FILE -dontfork}, so the machine's xinetd (if any) is left alone.
 *
 * <p>{@link #start} returns once every service's port is bound by this xinetd; {@link #close} stops
 * it and every server it started, and deletes its directory. Not thread-safe; one test owns it.
 * Needs root: xinetd switches to each service's user.
 */
public final class PrivateXinetd implements AutoCloseable, DiagnosticSource {
  private static final Logger log = LoggerFactory.getLogger(PrivateXinetd.class);

  /** How long xinetd gets to bind its ports; it usually needs a few milliseconds. */
  public static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final Path directory;
  private final List<XinetdService> services;
  private final Process process;
  private final ExitCleanup exitCleanup;

  private PrivateXinetd(Path directory, List<XinetdService> services, Process process) {
    this.directory = directory;
    this.services = services;
    this.process = process;
    this.exitCleanup = ExitCleanup.register("xinetd-" + process.pid(), this::stopAndDelete);
  }

  /**
   * Writes the configuration, starts xinetd and waits until each service's port is bound.
   *
   * @throws IOException when xinetd cannot start, exits, or leaves a port unbound for {@link
   *     #START_TIMEOUT}; the message carries xinetd's log
   */
  public static PrivateXinetd start(List<XinetdService> services)
      throws IOException, InterruptedException {
    Path xinetd = Prerequisites.findOnPath("xinetd");
    if (xinetd == null) {
      throw new IOException("xinetd is not installed (apt-get install xinetd)");
    }
    Path directory = Files.createTempDirectory("jamanda-xinetd-");
    Files.writeString(directory.resolve("xinetd.conf"), configuration(directory, services));
    Process process =
        new ProcessBuilder(
                xinetd.toString(),
                "-f",
                directory.resolve("xinetd.conf").toString(),
                "-pidfile",
                directory.resolve("xinetd.pid").toString(),
                "-dontfork")
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(directory.resolve("xinetd.stderr").toFile())
            .redirectErrorStream(true)
            .start();
    PrivateXinetd started = new PrivateXinetd(directory, List.copyOf(services), process);
    try {
      started.awaitPorts();
    } catch (IOException | InterruptedException | RuntimeException e) {
      started.closeAfterFailure(e);
      throw e;
    }
    log.info("private xinetd started pid={} services={}", process.pid(), started.describe());
    return started;
  }

  /** The services as configured. */
  public List<XinetdService> services() {
    return services;
  }

  /** xinetd's process id. */
  public long pid() {
    return process.pid();
  }

  /** True while xinetd runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** The configuration file xinetd was started with. */
  public Path configurationFile() {
    return directory.resolve("xinetd.conf");
  }

  /** What xinetd has said so far: its own log file (servers started, exits) and its stderr. */
  public String log() {
    return DiagnosticSource.readFile(directory.resolve("xinetd.log"))
        + DiagnosticSource.readFile(directory.resolve("xinetd.stderr"));
  }

  @Override
  public String diagnostics() {
    return "---- private xinetd pid "
        + process.pid()
        + " ("
        + describe()
        + ") ----\n"
        + DiagnosticSource.readFile(configurationFile())
        + log();
  }

  /**
   * Stops xinetd and the servers it started, then deletes its directory.
   *
   * @throws IOException when a process survived SIGKILL or the directory cannot be deleted
   */
  @Override
  public void close() throws IOException {
    exitCleanup.cancel();
    stopAndDelete();
    log.info("private xinetd stopped pid={}", process.pid());
  }

  private void stopAndDelete() throws IOException {
    boolean stopped = stopProcesses();
    TempFiles.deleteTree(directory);
    if (!stopped) {
      throw new IOException("private xinetd pid " + process.pid() + " or a child did not stop");
    }
  }

  private void awaitPorts() throws IOException, InterruptedException {
    for (XinetdService service : services) {
      BoundSockets.awaitListening(
          service.transport(), service.port(), process.toHandle(), START_TIMEOUT, this);
    }
  }

  private boolean stopProcesses() {
    try {
      return ProcessTree.stop(process.toHandle(), STOP_GRACE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      return false;
    }
  }

  private void closeAfterFailure(Exception failure) {
    try {
      close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private String describe() {
    return services.stream()
        .map(s -> s.id() + "@" + s.bindAddress() + ":" + s.port() + "/" + s.transport().protocol())
        .collect(Collectors.joining(","));
  }

  private static String configuration(Path directory, List<XinetdService> services) {
    StringBuilder text = new StringBuilder();
    text.append("# A private xinetd of one jamanda test; deleted when the test ends.\n");
    text.append("defaults\n{\n");
    text.append("        log_type       = FILE ")
        .append(directory.resolve("xinetd.log"))
        .append('\n');
    text.append("        log_on_success = PID HOST EXIT DURATION\n");
    text.append("        log_on_failure = HOST ATTEMPT\n");
    text.append("}\n");
    services.forEach(service -> text.append(service.format()));
    return text.toString();
  }
}
