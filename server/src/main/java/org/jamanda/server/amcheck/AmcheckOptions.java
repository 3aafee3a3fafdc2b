package org.jamanda.server.amcheck;

/**
 * Which checks to run, as amcheck's {@code -s}, {@code -c}, {@code -l}, {@code -t} and {@code
 * --client-verbose} choose them. Immutable.
 *
 * @param localChecks the tape server's local checks ({@code -l}, part of {@code -s})
 * @param tapeChecks the tape checks ({@code -t}, part of {@code -s})
 * @param clientChecks the client checks ({@code -c})
 * @param clientVerbose print every message of the clients
 */
public record AmcheckOptions(
    boolean localChecks, boolean tapeChecks, boolean clientChecks, boolean clientVerbose) {
  /**
   * The options of amcheck's flags: {@code -s} is {@code -l -t}; with none of {@code -s -c -l -t}
   * every check runs, as Amanda's default {@code -cs}.
   */
  public static AmcheckOptions of(
      boolean server, boolean client, boolean local, boolean tape, boolean clientVerbose) {
    boolean l = local || server;
    boolean t = tape || server;
    if (!l && !t && !client) {
      return new AmcheckOptions(true, true, true, clientVerbose);
    }
    return new AmcheckOptions(l, t, client, clientVerbose);
  }

  /** True when the server section runs. */
  public boolean serverChecks() {
    return localChecks || tapeChecks;
  }
}
