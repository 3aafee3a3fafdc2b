package org.jamanda.testing.amanda;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jamanda.testing.Prerequisites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of an Amanda program, as {@code backup} (through {@code runuser}) or as root, with its
 * stdin given, stdout and stderr captured, and a time limit after which the process and its
 * children are killed.
 *
 * <p>Immutable; {@link #run} may be called again for another run. Needs root to switch users.
 */
public final class AmandaCommand {
  private static final Logger log = LoggerFactory.getLogger(AmandaCommand.class);

  /** The time limit unless {@link #withTimeout} says otherwise: Amanda's 3 tries of 10 s, plus. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(45);

  private static final Duration STOP_GRACE = Duration.ofSeconds(3);

  private final List<String> command;
  private final String runAs;
  private final String stdin;
  private final Duration timeout;

  private AmandaCommand(List<String> command, String runAs, String stdin, Duration timeout) {
    this.command = List.copyOf(command);
    this.runAs = runAs;
    this.stdin = stdin;
    this.timeout = timeout;
  }

  /** {@code program args...} run as {@link DebianAmanda#USER}, as Amanda's server programs are. */
  public static AmandaCommand asBackup(Path program, String... args) {
    return new AmandaCommand(commandLine(program, args), DebianAmanda.USER, "", DEFAULT_TIMEOUT);
  }

  /** {@code program args...} run as root, as amrecover is. */
  public static AmandaCommand asRoot(Path program, String... args) {
    return new AmandaCommand(commandLine(program, args), "root", "", DEFAULT_TIMEOUT);
  }

  /** The same command with this time limit. */
  public AmandaCommand withTimeout(Duration value) {
    return new AmandaCommand(command, runAs, stdin, value);
  }

  /** The same command reading {@code text} on stdin (empty by default, as from /dev/null). */
  public AmandaCommand withStdin(String text) {
    return new AmandaCommand(command, runAs, text, timeout);
  }

  /** The program and its arguments, without the user switch. */
  public List<String> command() {
    return command;
  }

  /**
   * Runs the command and waits for it, at most the time limit. A run that hits the limit is killed
   * (with its children) and returned with {@link AmandaResult#timedOut()} set.
   */
  public AmandaResult run() throws IOException, InterruptedException {
    Path scratch = Files.createTempDirectory("jamanda-amanda-command-");
    try {
      return runIn(scratch);
    } finally {
      TempFiles.deleteTree(scratch);
    }
  }

  private AmandaResult runIn(Path scratch) throws IOException, InterruptedException {
    Path in = Files.writeString(scratch.resolve("stdin"), stdin, StandardCharsets.UTF_8);
    Path out = scratch.resolve("stdout");
    Path err = scratch.resolve("stderr");
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    Process process =
        new ProcessBuilder(userSwitch())
            .directory(new File("/"))
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean finished = awaitOrKill(process);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    int exitCode = finished ? process.exitValue() : -1;
    log.debug(
        "amanda command ended command={} exit={} ms={}", command, exitCode, elapsed.toMillis());
    String stdout = DiagnosticSource.readFile(out);
    String stderr = DiagnosticSource.readFile(err);
    return new AmandaResult(command, runAs, exitCode, !finished, stdout, stderr, started, elapsed);
  }

  // True when the process ended by itself within the time limit; otherwise it and its children
  // are killed. An interrupted test kills them too before passing the interrupt on.
  private boolean awaitOrKill(Process process) throws InterruptedException {
    try {
      if (process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw e;
    }
    log.warn(
        "amanda command timed out, killing command={} timeoutMs={}", command, timeout.toMillis());
    ProcessTree.stop(process.toHandle(), STOP_GRACE);
    return false;
  }

  private List<String> userSwitch() throws IOException {
    if (runAs.equals("root")) {
      return command;
    }
    Path runuser = Prerequisites.findOnPath("runuser");
    if (runuser == null) {
      throw new IOException("runuser (util-linux) is needed to run Amanda as " + runAs);
    }
    List<String> line = new ArrayList<>(List.of(runuser.toString(), "-u", runAs, "--"));
    line.addAll(command);
    return line;
  }

  private static List<String> commandLine(Path program, String... args) {
    List<String> line = new ArrayList<>();
    line.add(program.toString());
    line.addAll(List.of(args));
    return line;
  }
}
