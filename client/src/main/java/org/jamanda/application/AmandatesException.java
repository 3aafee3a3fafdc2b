package org.jamanda.application;

import java.io.IOException;
import java.nio.file.Path;

/** A malformed line in an {@code amandates} file, located as file:line:column. Immutable. */
public final class AmandatesException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * The problem {@code what} at {@code file}:{@code line}:{@code column}, quoting {@code token}.
   */
  public AmandatesException(Path file, int line, int column, String what, String token) {
    super(file + ":" + line + ":" + column + ": " + what + ": \"" + token + "\"");
  }
}
