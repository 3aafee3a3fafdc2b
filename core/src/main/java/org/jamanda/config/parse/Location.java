package org.jamanda.config.parse;

import java.nio.file.Path;

/**
 * A place in a configuration file: 1-based line and column, as error messages print them ({@code
 * amanda.conf:41:17}). Line 0 stands for the file as a whole.
 *
 * <p>Immutable.
 */
public record Location(Path file, int line, int column) {
  /** The file as a whole, for problems that have no line (a file that cannot be read). */
  public static Location of(Path file) {
    return new Location(file, 0, 0);
  }

  /** {@code FILE:LINE:COLUMN}, or just {@code FILE} for the file as a whole. */
  @Override
  public String toString() {
    return line == 0 ? file.toString() : file + ":" + line + ":" + column;
  }
}
