package org.jamanda.config;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jamanda.common.InputExcerpt;
import org.jamanda.config.parse.Block;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Location;
import org.jamanda.config.parse.Statement;
import org.jamanda.config.parse.Token;
import org.jamanda.config.parse.TokenKind;

/**
 * A cursor over the tokens that follow a keyword, with the helpers value types read with ({@code
 * get_int}, {@code get_bool}, {@code get_multiplier} in conffile.c) and the error messages they
 * give.
 *
 * <p>Not thread-safe; one per statement.
 */
final class ValueReader<T> {
  private final Parameter<T> parameter;
  private final Statement statement;
  private final T current;
  private final ReadContext context;
  private final Token end;
  private int pos = 1;

  ValueReader(Parameter<T> parameter, Statement statement, T current, ReadContext context) {
    this.parameter = parameter;
    this.statement = statement;
    this.current = current;
    this.context = context;
    this.end = endOf(statement.tokens());
  }

  /** The value before this statement: the default, an inherited or an earlier one. */
  T current() {
    return current;
  }

  ReadContext context() {
    return context;
  }

  Optional<Block> block() {
    return statement.block();
  }

  Token keyword() {
    return statement.first();
  }

  boolean isKibibytes() {
    return parameter.isInKibibytes();
  }

  boolean atEnd() {
    return pos >= statement.tokens().size();
  }

  /** The next token, or an END token placed after the last one. */
  Token peek() {
    return atEnd() ? end : statement.tokens().get(pos);
  }

  Token next() {
    Token token = peek();
    if (!atEnd()) {
      pos++;
    }
    return token;
  }

  /** Takes the next token if it is the bare word {@code word}. */
  boolean accept(String word) {
    if (peek().isWord(word)) {
      pos++;
      return true;
    }
    return false;
  }

  /** Takes the next token if it is of {@code kind}. */
  boolean accept(TokenKind kind) {
    if (peek().is(kind) && !atEnd()) {
      pos++;
      return true;
    }
    return false;
  }

  /** The error for finding something else than {@code what} at the next token. */
  ConfigException expected(String what) {
    Token at = peek();
    if (!atEnd()) {
      return error(at, "bad value " + at.excerpt() + " for '" + name() + "': expected " + what);
    }
    if (pos == 1) {
      return error(keyword(), "missing value for '" + name() + "': expected " + what);
    }
    return error(at, "incomplete value for '" + name() + "': expected " + what);
  }

  /** The error for a value read whole but not acceptable: {@code reason} says why. */
  ConfigException rejected(Token from, String reason) {
    return error(from, "bad value " + from.excerpt() + " for '" + name() + "': " + reason);
  }

  /** The error for a value whose tokens are each fine but not together: quotes them all. */
  ConfigException rejectedValue(String reason) {
    List<Token> tokens = statement.tokens();
    Token from = tokens.size() > 1 ? tokens.get(1) : tokens.get(0);
    return error(
        from, "bad value " + InputExcerpt.of(valueText()) + " for '" + name() + "': " + reason);
  }

  /** The value as written: its tokens after the keyword, one blank apart, commas attached. */
  String valueText() {
    List<Token> tokens = statement.tokens();
    return tokens.subList(1, tokens.size()).stream()
        .map(Token::raw)
        .collect(Collectors.joining(" "))
        .replace(" , ", ",")
        .replace(" ,", ",");
  }

  ConfigException error(Token at, String message) {
    return new ConfigException(at.location(), message);
  }

  /** Fails unless every token has been read. */
  void expectEnd() throws ConfigException {
    if (!atEnd()) {
      Token extra = peek();
      throw error(extra, "unexpected " + extra.excerpt() + " after the value of '" + name() + "'");
    }
  }

  /** A double-quoted string, as {@code read_str} wants. */
  String string() throws ConfigException {
    if (!peek().is(TokenKind.STRING) || atEnd()) {
      throw expected("a quoted string");
    }
    return next().text();
  }

  /** A bare or quoted name, as {@code get_conftoken(CONF_IDENT)} takes. */
  String identifier() throws ConfigException {
    Token token = peek();
    if (atEnd() || !(token.is(TokenKind.WORD) || token.is(TokenKind.STRING))) {
      throw expected("a name");
    }
    return next().text();
  }

  /**
   * An integer with an optional unit suffix ({@code 20 Mb}, {@code 4 weeks}, {@code inf}), as
   * {@code get_int64} and {@code get_multiplier} read it, within {@code min..max}. With {@code
   * strictUnit}, a word after the number that is no unit is an error; otherwise it is left for the
   * caller.
   */
  long integer(long min, long max, boolean strictUnit) throws ConfigException {
    Token first = peek();
    long value;
    if (first.isWord("inf")) {
      next();
      value = max;
    } else if (first.is(TokenKind.NUMBER) && !first.text().contains(".")) {
      value = parseLong(next());
    } else {
      throw expected("an integer");
    }
    value = Units.apply(this, value, strictUnit);
    if (value > max || value < min) {
      throw rejected(first, "out of range " + min + ".." + max);
    }
    return value;
  }

  /** An integer without unit, as {@code get_conftoken} returns one. */
  long plainInteger(long min, long max) throws ConfigException {
    Token token = peek();
    if (atEnd() || !token.is(TokenKind.NUMBER) || token.text().contains(".")) {
      throw expected("an integer");
    }
    long value = parseLong(next());
    if (value > max || value < min) {
      throw rejected(token, "out of range " + min + ".." + max);
    }
    return value;
  }

  /** A number with or without a fraction. */
  double real() throws ConfigException {
    if (!peek().is(TokenKind.NUMBER) || atEnd()) {
      throw expected("a number");
    }
    return Double.parseDouble(next().text());
  }

  /**
   * A boolean as {@code get_bool} reads it: yes/no words, or an integer (non-zero is true); no
   * value at all means true.
   */
  boolean bool() throws ConfigException {
    if (atEnd()) {
      return true;
    }
    Token token = peek();
    if (token.is(TokenKind.NUMBER) && !token.text().contains(".")) {
      return plainInteger(Long.MIN_VALUE, Long.MAX_VALUE) != 0;
    }
    for (String yes : List.of("y", "yes", "t", "true", "on")) {
      if (accept(yes)) {
        return true;
      }
    }
    for (String no : List.of("n", "no", "f", "false", "off")) {
      if (accept(no)) {
        return false;
      }
    }
    throw expected("yes, no, true, false, on, off, 0 or 1");
  }

  private String name() {
    return parameter.name();
  }

  private long parseLong(Token token) throws ConfigException {
    try {
      return Long.parseLong(token.text());
    } catch (NumberFormatException e) {
      throw rejected(token, "value too large");
    }
  }

  private static Token endOf(List<Token> tokens) {
    Token last = tokens.get(tokens.size() - 1);
    Location at = last.location();
    Location after = new Location(at.file(), at.line(), at.column() + last.raw().length());
    return new Token(TokenKind.END, "", "", after);
  }
}
