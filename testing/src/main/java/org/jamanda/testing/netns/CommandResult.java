package org.jamanda.testing.netns;

import java.util.List;

/**
 * How a bounded command ended.
 *
 * @param command the command line as run
 * @param exitCode its exit status
 * @param stdout everything it wrote to standard output
 * @param stderr everything it wrote to standard error
 */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {
  public CommandResult {
    command = List.copyOf(command);
  }

  public boolean isSuccess() {
    return exitCode == 0;
  }

  /** The command and its output, for an assertion or exception message. */
  public String describe() {
    return String.join(" ", command)
        + " exited "
        + exitCode
        + (stdout.isBlank() ? "" : "\nstdout: " + stdout.strip())
        + (stderr.isBlank() ? "" : "\nstderr: " + stderr.strip());
  }
}
