package org.jamanda.cli;

/**
 * A failure whose message is meant for the user as it stands: printed without a stack trace, and
 * the command exits with {@link #exitCode()}.
 */
public final class UserError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public UserError(String message) {
    this(message, ExitCodes.FAILURE);
  }

  public UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
