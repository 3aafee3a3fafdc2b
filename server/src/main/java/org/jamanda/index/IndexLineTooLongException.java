package org.jamanda.index;

import java.io.IOException;
import java.nio.file.Path;

/** An index file line longer than {@link IndexFiles#MAX_LINE_CHARS}; names file, line and size. */
public final class IndexLineTooLongException extends IOException {
  private static final long serialVersionUID = 1L;

  public IndexLineTooLongException(Path file, int line, int chars) {
    super(
        file
            + ":"
            + line
            + ":1: index line too long: "
            + chars
            + " characters, limit "
            + IndexFiles.MAX_LINE_CHARS);
  }
}
