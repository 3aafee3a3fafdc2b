package org.jamanda.config.parse;

/** The kinds of token the {@link Lexer} makes. */
public enum TokenKind {
  /**
   * A bare word: a letter, then letters, digits, {@code -} and {@code _} (a keyword or a name). In
   * disklist mode, any run of non-blank characters.
   */
  WORD,
  /** A double-quoted string; the token's text is the unquoted value. */
  STRING,
  /** An integer or a decimal number, maybe negative: {@code 512}, {@code -1}, {@code 1.5}. */
  NUMBER,
  COMMA,
  LBRACE,
  RBRACE,
  /** The end of a line; statements end here. */
  NEWLINE,
  /** The end of the file. */
  END,
  /** One character that starts no other token, such as {@code /} or {@code ^}. */
  OTHER
}
