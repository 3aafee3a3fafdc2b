package org.jamanda.testing.netns;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command to completion within a time limit, its output captured in temporary files (no
 * pipe can fill up and stall it). Stateless and thread-safe.
 */
final class BoundedCommand {
  /** How long a killed command gets to go away. */
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);

  /** The system property that stretches every wait, for slow machines. */
  static final String TIMEOUT_FACTOR_PROPERTY = "amanda.test.timeoutFactor";

  private static final Logger log = LoggerFactory.getLogger(BoundedCommand.class);

  private BoundedCommand() {}

  /**
   * Runs {@code command}; a command still running after {@code timeout} (times the timeout factor)
   * is killed and reported with a {@link CommandFailedException}. A non-zero exit is not an error
   * here: the result says it.
   */
  static CommandResult run(List<String> command, Duration timeout) throws IOException {
    Path out = Files.createTempFile("jt-cmd", ".out");
    Path err = Files.createTempFile("jt-cmd", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      int exit = await(process, command, scale(timeout), out, err);
      CommandResult result = new CommandResult(command, exit, read(out), read(err));
      log.debug("command finished exit={} command={}", exit, String.join(" ", command));
      return result;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static int await(
      Process process, List<String> command, Duration limit, Path out, Path err)
      throws IOException {
    try {
      if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
      }
      process.destroyForcibly();
      process.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      throw new CommandFailedException(
          String.format(
              "command ran past %d ms and was killed: %s\nstdout: %s\nstderr: %s",
              limit.toMillis(), String.join(" ", command), read(out).strip(), read(err).strip()));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted waiting for " + String.join(" ", command));
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  /** {@code timeout} stretched by the {@value #TIMEOUT_FACTOR_PROPERTY} system property. */
  static Duration scale(Duration timeout) {
    String factor = System.getProperty(TIMEOUT_FACTOR_PROPERTY, "1");
    try {
      double value = Double.parseDouble(factor);
      return value > 1 ? Duration.ofMillis((long) (timeout.toMillis() * value)) : timeout;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          TIMEOUT_FACTOR_PROPERTY + " must be a number, got '" + factor + "'", e);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
