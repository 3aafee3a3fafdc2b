package org.jamanda.storage.vtape;

import java.io.IOException;
import org.jamanda.common.InputExcerpt;

/**
 * A tapelist line that cannot be read; the message gives {@code file:line:column} and quotes the
 * offending token:
 *
 * <pre>
 * tapelist:3:29: bad BLOCKSIZE 'big'; expected a number of KiB
 * </pre>
 */
public final class MalformedTapelistException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source the file name the message starts with
   * @param line the line number, from 1
   * @param column the column of the offending token, from 1
   * @param problem what is wrong, with {@code %s} where the quoted token goes
   * @param token the offending token
   */
  public MalformedTapelistException(
      String source, int line, int column, String problem, String token) {
    super(source + ":" + line + ":" + column + ": " + problem.formatted(InputExcerpt.of(token)));
  }
}
