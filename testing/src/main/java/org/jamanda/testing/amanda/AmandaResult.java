package org.jamanda.testing.amanda;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one {@link AmandaCommand} run did: exit code, stdout, stderr, timing.
 *
 * <p>Immutable. {@link #verify} runs a test's assertions and, when one fails, rethrows it with
 * everything needed to see why: the run itself, Amanda's debug logs of the run's time window, and
 * any other sources the test names (a private xinetd's log, a daemon's output).
 *
 * @param command the program and its arguments
 * @param user the account it ran as
 * @param exitCode its exit status; -1 when it was killed at the time limit
 * @param timedOut true when the time limit was hit
 * @param stdout everything it wrote on stdout
 * @param stderr everything it wrote on stderr
 * @param started when it was started
 * @param elapsed how long it ran
 */
public record AmandaResult(
    List<String> command,
    String user,
    int exitCode,
    boolean timedOut,
    String stdout,
    String stderr,
    Instant started,
    Duration elapsed) {
  // Debug files are named and stamped in whole seconds; look a little before the start.
  private static final Duration LOG_WINDOW_MARGIN = Duration.ofSeconds(1);

  public AmandaResult {
    command = List.copyOf(command);
  }

  /** stdout followed by stderr. */
  public String output() {
    return stdout + stderr;
  }

  /** A readable account of the run, for failure messages. */
  public String describe() {
    return "---- "
        + String.join(" ", command)
        + " (as "
        + user
        + ") ----\n"
        + (timedOut ? "TIMED OUT after " : "exit " + exitCode + " after ")
        + elapsed.toMillis()
        + " ms\n"
        + "stdout:\n"
        + stdout
        + "stderr:\n"
        + stderr;
  }

  /**
   * Runs {@code assertions} on this result. When one fails, throws an {@link AssertionError} whose
   * message adds {@link #describe()}, the given sources, and Amanda's debug logs written since this
   * run started; the original error is its cause.
   *
   * @return this result, for chaining
   */
  public AmandaResult verify(Consumer<AmandaResult> assertions, DiagnosticSource... more) {
    try {
      assertions.accept(this);
      return this;
    } catch (AssertionError e) {
      StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
      message.append("\n\n").append(describe());
      for (DiagnosticSource source : more) {
        message.append('\n').append(source.diagnostics());
      }
      message
          .append('\n')
          .append(AmandaDebugLogs.since(started.minus(LOG_WINDOW_MARGIN)).diagnostics());
      throw new AssertionError(message.toString(), e);
    }
  }
}
