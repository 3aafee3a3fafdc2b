package org.jamanda.server.amcheck;

/**
 * How many problems an amcheck run found, by section. Immutable.
 *
 * @param argumentProblems host or disk arguments jamanda could not use
 * @param serverProblems problems of the tape server checks
 * @param clientProblems problems of the client checks
 */
public record AmcheckResult(int argumentProblems, int serverProblems, int clientProblems) {
  /** amcheck(8)'s exit status: 0 when nothing is wrong, 1 otherwise. */
  public int exitStatus() {
    return argumentProblems + serverProblems + clientProblems == 0 ? 0 : 1;
  }
}
