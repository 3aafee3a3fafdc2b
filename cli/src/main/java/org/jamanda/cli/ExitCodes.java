package org.jamanda.cli;

/**
 * The exit statuses of every jamanda command, in one place.
 *
 * <p>Where an Amanda program documents its own codes (amcheck, amdump, ...), its command uses them;
 * otherwise 0 success, 1 failure, 2 usage error, as picocli does.
 */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** The command failed: bad configuration, a check that did not pass, an I/O error. */
  public static final int FAILURE = 1;

  /** The command line itself was wrong. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
