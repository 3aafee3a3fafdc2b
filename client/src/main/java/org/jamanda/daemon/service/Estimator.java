package org.jamanda.daemon.service;

import org.jamanda.protocol.service.DleRequest;

/**
 * Tells how big a dump of a DLE at a level would be, for sendsize. Implementations run the backup
 * program's estimate (a GNU tar dry run) and must not change the DLE's incremental state.
 * Thread-safe.
 */
public interface Estimator {
  /** True when this estimator can size {@code dle}'s program. */
  boolean supports(DleRequest dle);

  /**
   * The size in KiB a dump of {@code dle} of {@code host} at {@code level} would have.
   *
   * @param host the DLE's host as the server names it (the request's {@code hostname=})
   * @throws EstimateException with the text the planner is sent for this DLE
   */
  long estimateKib(String host, DleRequest dle, int level) throws EstimateException;

  /** An estimate that could not be made; the message goes into the reply's ERROR line. */
  final class EstimateException extends Exception {
    private static final long serialVersionUID = 1L;

    public EstimateException(String message) {
      super(message);
    }

    public EstimateException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
