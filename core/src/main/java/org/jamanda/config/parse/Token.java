package org.jamanda.config.parse;

import java.util.Locale;
import org.jamanda.common.InputExcerpt;

/**
 * One token of a configuration file.
 *
 * <p>{@code text} is what the token means (for a string, its unquoted value); {@code raw} is how it
 * is spelled in the file. Immutable.
 */
public record Token(TokenKind kind, String text, String raw, Location location) {
  public boolean is(TokenKind other) {
    return kind == other;
  }

  /**
   * True when this is a bare word that spells {@code keyword} (case and {@code -}/{@code _} aside).
   */
  public boolean isWord(String keyword) {
    return kind == TokenKind.WORD && fold(text).equals(fold(keyword));
  }

  /** True when this token ends a statement: a newline or the end of the file. */
  public boolean endsStatement() {
    return kind == TokenKind.NEWLINE || kind == TokenKind.END;
  }

  /** The token as an error message quotes it. */
  public String excerpt() {
    return switch (kind) {
      case NEWLINE -> "end of line";
      case END -> "end of file";
      default -> InputExcerpt.of(text);
    };
  }

  /**
   * Amanda's keyword spelling rule: case does not matter and {@code -} equals {@code _}. Returns
   * the upper-case, underscore form.
   */
  public static String fold(String word) {
    return word.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
