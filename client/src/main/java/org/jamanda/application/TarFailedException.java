package org.jamanda.application;

import java.io.IOException;
import java.util.List;

/**
 * GNU tar ran but exited with a failure status (2 or more); carries the status and what tar
 * printed, so the caller can pass the lines on as MESG lines. Immutable.
 */
public final class TarFailedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The exit status of tar. */
  private final int status;

  /** tar's stderr messages (not the index lines). */
  private final List<String> messages;

  /** A failure of {@code tar} with {@code status}, after printing {@code messages}. */
  public TarFailedException(String tar, int status, List<String> messages) {
    super(tar + " exited with status " + status + firstMessage(messages));
    this.status = status;
    this.messages = List.copyOf(messages);
  }

  /** The exit status of tar. */
  public int status() {
    return status;
  }

  /** tar's stderr messages, in order. */
  public List<String> messages() {
    return messages;
  }

  private static String firstMessage(List<String> messages) {
    return messages.isEmpty() ? "" : ": " + messages.get(0);
  }
}
