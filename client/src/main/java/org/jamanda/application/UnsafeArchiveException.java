package org.jamanda.application;

import java.io.IOException;

/**
 * An archive to restore names a member with an absolute path or {@code ..}; tar did not write it
 * outside the target, and the restore as a whole fails. Immutable.
 */
public final class UnsafeArchiveException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The refusal, quoting tar's {@code tarMessage} about the member. */
  public UnsafeArchiveException(String tarMessage) {
    super("archive refused, it names a member outside the restore directory: " + tarMessage);
  }
}
