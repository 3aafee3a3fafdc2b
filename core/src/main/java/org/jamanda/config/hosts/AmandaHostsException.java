package org.jamanda.config.hosts;

import java.nio.file.Path;

/**
 * The {@code .amandahosts} file could not be used at all: it is missing, unreadable, owned by the
 * wrong user, open to group or others, or too large. The message is Amanda's own text for the case,
 * naming the file, so it can go into a NAK unchanged.
 *
 * <p>Immutable once thrown.
 */
public final class AmandaHostsException extends Exception {
  /** Which check failed. */
  public enum Reason {
    /** Opening failed: missing, unreadable, a symlink loop, a path through a non-directory. */
    CANNOT_OPEN,
    /** The opened file's owner and mode could not be read. */
    CANNOT_STAT,
    /** The file belongs to another uid than amandad's user. */
    WRONG_OWNER,
    /** Group or others have some access: {@code (mode & 077) != 0}. */
    OPEN_PERMISSIONS,
    /**
     * Larger than {@link AmandaHosts#MAX_FILE_BYTES}; a jamanda bound that Amanda does not have.
     */
    TOO_LARGE
  }

  private final String file;
  private final Reason reason;

  AmandaHostsException(Path file, Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.file = file.toString();
    this.reason = reason;
  }

  /** The file the message is about, as the caller named it. */
  public String file() {
    return file;
  }

  public Reason reason() {
    return reason;
  }
}
