package org.jamanda.config.parse;

import java.nio.file.Path;

/**
 * A configuration file, disklist or included file that jamanda cannot accept, with the place of the
 * problem. Its message reads {@code FILE:LINE:COLUMN: what is wrong}, quoting the offending token
 * in single quotes:
 *
 * <pre>
 * /etc/amanda/Daily/amanda.conf:41:5: unknown dumptype option 'compres'; did you mean 'compress'?
 * </pre>
 *
 * <p>Loading a configuration either succeeds whole or throws this; nothing is applied in part.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String reason;

  public ConfigException(Location location, String reason) {
    super(location + ": " + reason);
    this.location = location;
    this.reason = reason;
  }

  public ConfigException(Location location, String reason, Throwable cause) {
    this(location, reason);
    initCause(cause);
  }

  /** Where the problem is. */
  public Location location() {
    return location;
  }

  /** What is wrong, without the place. */
  public String reason() {
    return reason;
  }

  public Path file() {
    return location.file();
  }

  /** 1-based line, or 0 when the problem concerns the file as a whole. */
  public int line() {
    return location.line();
  }

  /** 1-based column, or 0 when the problem concerns the file as a whole. */
  public int column() {
    return location.column();
  }
}
