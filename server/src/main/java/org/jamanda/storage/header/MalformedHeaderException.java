package org.jamanda.storage.header;

import java.io.IOException;
import org.jamanda.common.InputExcerpt;

/**
 * A volume file's header block that is not an Amanda header, is cut short, or has a field that
 * cannot be read. The message names the field and quotes the offending input:
 *
 * <pre>
 * bad file header: level: expected a number, got 'x' in 'AMANDA: FILE 20261203162552 h /d  lev x'
 * </pre>
 */
public final class MalformedHeaderException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the header field that could not be read, as Amanda names it ({@code lev}, {@code
   *     DLE}, {@code end marker})
   * @param problem what is wrong, including the quoted token when there is one
   * @param input the line or text the field sits in, quoted and cut short in the message
   */
  public MalformedHeaderException(String field, String problem, String input) {
    super("bad file header: " + field + ": " + problem + " in " + InputExcerpt.of(input));
    this.field = field;
  }

  /**
   * The same failure with the file it was read from in front: {@code <file>: bad file header: ...}.
   */
  public MalformedHeaderException(String file, MalformedHeaderException cause) {
    super(file + ": " + cause.getMessage(), cause);
    this.field = cause.field;
  }

  /** The header field that could not be read. */
  public String field() {
    return field;
  }
}
