package org.jamanda.config.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jamanda.common.InputExcerpt;
import org.jamanda.common.Quoting;

/**
 * Splits a configuration file into {@link Token}s, the way {@code get_conftoken} in Amanda's {@code
 * common-src/conffile.c} does:
 *
 * <pre>
 * define dumptype "lab-bsd" {   # comment
 * WORD   WORD     STRING   LBRACE        NEWLINE
 * </pre>
 *
 * <p>Blanks separate tokens, {@code #} starts a comment that runs to the end of the line, and a
 * newline is a token of its own. A word starts with an ASCII letter and goes on with letters,
 * digits, {@code -} and {@code _}; a number is digits with an optional sign and fraction; a string
 * is double-quoted, may hold Amanda's escapes ({@link Quoting}) and may go on past a
 * backslash-newline (the newline becomes part of the value).
 *
 * <p>{@link #nextWord} reads the same text the way Amanda reads disklist lines instead: any run of
 * non-blank characters is one word, quotes protect blanks, and a backslash before the newline joins
 * two lines. Not thread-safe: one reader at a time.
 */
public final class Lexer {
  /** The longest token Amanda's lexer accepts ({@code tkbuf[4096]}, less the NUL). */
  public static final int MAX_TOKEN = 4095;

  /** The largest file jamanda reads as configuration. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private final Path file;
  private final String text;
  private final Deque<Token> pushedBack = new ArrayDeque<>();
  private int pos;
  private int line = 1;
  private int column = 1;

  public Lexer(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  /** Reads {@code file} (UTF-8) whole; a missing, unreadable or oversized file is an error. */
  public static Lexer open(Path file) throws ConfigException {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new ConfigException(
            Location.of(file), "file too large: " + size + " bytes, limit " + MAX_FILE_BYTES);
      }
      return new Lexer(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new ConfigException(Location.of(file), "cannot read file: no such file", e);
    } catch (IOException e) {
      throw new ConfigException(Location.of(file), "cannot read file: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Where the next character is. */
  public Location here() {
    return new Location(file, line, column);
  }

  /** Gives {@code token} back; the next call to {@link #next} returns it again. */
  public void pushBack(Token token) {
    pushedBack.push(token);
  }

  /** The next token of a configuration file. */
  public Token next() throws ConfigException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pop();
    }
    skipBlanksAndComment();
    Location start = here();
    if (atEnd()) {
      return new Token(TokenKind.END, "", "", start);
    }
    char c = peek();
    if (isLetter(c)) {
      return word(start);
    }
    if (isDigit(c) || (c == '-' && isDigit(peekAt(1)))) {
      return number(start);
    }
    if (c == '"') {
      return string(start);
    }
    advance();
    String one = String.valueOf(c);
    return switch (c) {
      case '\n' -> new Token(TokenKind.NEWLINE, "\n", "\n", start);
      case ',' -> new Token(TokenKind.COMMA, one, one, start);
      case '{' -> new Token(TokenKind.LBRACE, one, one, start);
      case '}' -> new Token(TokenKind.RBRACE, one, one, start);
      default -> new Token(TokenKind.OTHER, one, one, start);
    };
  }

  /**
   * The next disklist word: a run of non-blank characters, in which double quotes protect blanks
   * and {@code #}; its text is the unquoted word. Also returns NEWLINE and END tokens. A backslash
   * before a newline outside quotes joins the two lines.
   */
  public Token nextWord() throws ConfigException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pop();
    }
    skipWordBlanks();
    Location start = here();
    if (atEnd()) {
      return new Token(TokenKind.END, "", "", start);
    }
    if (peek() == '\n') {
      advance();
      return new Token(TokenKind.NEWLINE, "\n", "\n", start);
    }
    return diskWord(start);
  }

  private Token word(Location start) throws ConfigException {
    int from = pos;
    while (!atEnd() && (isLetter(peek()) || isDigit(peek()) || peek() == '-' || peek() == '_')) {
      advance();
    }
    String word = text.substring(from, pos);
    checkLength(word, start, "word");
    return new Token(TokenKind.WORD, word, word, start);
  }

  private Token number(Location start) throws ConfigException {
    int from = pos;
    if (peek() == '-') {
      advance();
    }
    skipDigits();
    if (!atEnd() && peek() == '.') {
      advance();
      skipDigits();
    }
    String number = text.substring(from, pos);
    checkLength(number, start, "number");
    return new Token(TokenKind.NUMBER, number, number, start);
  }

  private Token string(Location start) throws ConfigException {
    StringBuilder raw = new StringBuilder().append(advance());
    while (true) {
      if (atEnd() || peek() == '\n') {
        throw new ConfigException(
            start, "unterminated quoted string " + InputExcerpt.of(raw.toString()));
      }
      char c = advance();
      if (c == '"') {
        raw.append(c);
        break;
      }
      if (c == '\\') {
        escape(raw);
      } else {
        raw.append(c);
      }
      checkLength(raw, start, "quoted string");
    }
    return new Token(TokenKind.STRING, Quoting.unquote(raw.toString()), raw.toString(), start);
  }

  /** After a backslash inside quotes: a newline continues the string, else a known escape. */
  private void escape(StringBuilder raw) throws ConfigException {
    Location at = new Location(file, line, column - 1);
    if (atEnd()) {
      return;
    }
    char c = peek();
    if (c == '\n') {
      raw.append(advance());
      return;
    }
    if (!Quoting.isKnownEscape(c)) {
      throw new ConfigException(at, "unknown escape " + InputExcerpt.of("\\" + c) + " in string");
    }
    raw.append('\\').append(advance());
  }

  private Token diskWord(Location start) throws ConfigException {
    StringBuilder raw = new StringBuilder();
    boolean quoted = false;
    while (!atEnd()) {
      char c = peek();
      if (!quoted && (isBlank(c) || c == '\n' || c == '#')) {
        break;
      }
      advance();
      if (c == '\\') {
        if (!quoted && !atEnd() && peek() == '\n') {
          advance();
          continue;
        }
        escape(raw);
        continue;
      }
      quoted ^= c == '"';
      raw.append(c);
      checkLength(raw, start, "word");
    }
    if (quoted) {
      throw new ConfigException(
          start, "unterminated quoted string " + InputExcerpt.of(raw.toString()));
    }
    String word = raw.toString();
    return new Token(TokenKind.WORD, Quoting.unquote(word), word, start);
  }

  private void skipBlanksAndComment() {
    while (!atEnd() && isBlank(peek())) {
      advance();
    }
    skipComment();
  }

  private void skipWordBlanks() {
    while (!atEnd()) {
      if (isBlank(peek())) {
        advance();
      } else if (peek() == '\\' && peekAt(1) == '\n') {
        advance();
        advance();
      } else {
        break;
      }
    }
    skipComment();
  }

  private void skipComment() {
    if (!atEnd() && peek() == '#') {
      while (!atEnd() && peek() != '\n') {
        advance();
      }
    }
  }

  private void skipDigits() {
    while (!atEnd() && isDigit(peek())) {
      advance();
    }
  }

  private void checkLength(CharSequence token, Location start, String what) throws ConfigException {
    if (token.length() > MAX_TOKEN) {
      throw new ConfigException(start, what + " too long: more than " + MAX_TOKEN + " characters");
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private char peekAt(int ahead) {
    int at = pos + ahead;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private char advance() {
    char c = text.charAt(pos++);
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return c;
  }

  /** {@code g_ascii_isspace} without the newline, which is a token. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
