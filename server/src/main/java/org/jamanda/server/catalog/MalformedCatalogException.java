package org.jamanda.server.catalog;

import java.io.IOException;
import org.jamanda.common.InputExcerpt;

/**
 * A state file line that jamanda cannot read. The message reads {@code FILE:LINE:COLUMN: what is
 * wrong 'token'}, quoting the offending token, so an operator can open the file at the place.
 */
public final class MalformedCatalogException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  /**
   * Creates the error for {@code token} found at a 1-based {@code line} and {@code column} of
   * {@code file}.
   */
  public MalformedCatalogException(
      String file, int line, int column, String problem, String token) {
    super(file + ":" + line + ":" + column + ": " + problem + " " + InputExcerpt.of(token));
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
