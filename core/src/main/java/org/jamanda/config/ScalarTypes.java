package org.jamanda.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Token;
import org.jamanda.config.parse.TokenKind;

/**
 * Value types holding one number, word or string: the {@code read_int}, {@code read_str}, {@code
 * read_bool}... of conffile.c, printed as {@code val_t_display_strs} prints them for amgetconf.
 */
final class ScalarTypes {
  static final ValueType<Integer> INT =
      ValueType.single(
          in -> finish(in, (int) in.integer(Integer.MIN_VALUE, Integer.MAX_VALUE, true)),
          String::valueOf);

  static final ValueType<Long> INT64 =
      ValueType.single(
          in -> finish(in, in.integer(Long.MIN_VALUE, Long.MAX_VALUE, true)), String::valueOf);

  /** A {@code ssize_t} value; printed like INT64. */
  static final ValueType<Long> SIZE = INT64;

  /** A real number, printed with five decimals ({@code %0.5f}). */
  static final ValueType<Double> REAL =
      ValueType.single(in -> finish(in, in.real()), ScalarTypes::fiveDecimals);

  /** A double-quoted string, printed bare. */
  static final ValueType<String> STRING = ValueType.single(in -> finish(in, in.string()), s -> s);

  /** A bare or quoted name, printed bare. */
  static final ValueType<String> IDENT =
      ValueType.single(in -> finish(in, in.identifier()), s -> s);

  static final ValueType<Boolean> BOOLEAN =
      ValueType.single(in -> finish(in, in.bool()), b -> b ? "yes" : "no");

  static final ValueType<NoYesAll> NO_YES_ALL =
      ValueType.single(in -> finish(in, noYesAll(in)), v -> v.name().toLowerCase(Locale.ROOT));

  /** A time of day written {@code hhmm}, printed {@code %2d%02d} (so 0 prints " 000"). */
  static final ValueType<Integer> TIME =
      ValueType.single(
          in -> finish(in, (int) in.plainInteger(Integer.MIN_VALUE, Integer.MAX_VALUE)),
          t -> String.format("%2d%02d", t / 100, t % 100));

  /** An integer or a quoted string, kept as a string ({@code client-port}). */
  static final ValueType<String> INT_OR_STRING =
      ValueType.single(in -> finish(in, intOrString(in)), s -> s);

  /**
   * A port range {@code low,high}, {@code low high} or a lone port. jamanda gives port ranges no
   * default, so an unset one is empty and prints as an empty line.
   */
  static final ValueType<Optional<IntRange>> PORT_RANGE =
      ValueType.single(
          in -> finish(in, Optional.of(range(in))), r -> r.map(IntRange::toString).orElse(""));

  /** {@code low} (0), {@code medium} (1), {@code high} (2) or any integer. */
  static final ValueType<Integer> PRIORITY =
      ValueType.single(in -> finish(in, priority(in)), ScalarTypes::priorityName);

  /**
   * A dumptype's {@code comprate}: one rate for both, or full and incremental. As in Amanda, a
   * comprate is never passed on to dumptypes that inherit.
   */
  static final ValueType<Comprate> COMPRATE =
      ValueType.single(
              in -> finish(in, comprate(in)),
              (Comprate r) -> fiveDecimals(r.full()) + " " + fiveDecimals(r.incremental()))
          .neverSet();

  private ScalarTypes() {}

  /** Checks that nothing follows the value, then returns it. */
  static <T> T finish(ValueReader<?> in, T value) throws ConfigException {
    in.expectEnd();
    return value;
  }

  static String fiveDecimals(double value) {
    // C's printf rounds the exact binary value half-even; BigDecimal(double) sees that value.
    return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static NoYesAll noYesAll(ValueReader<NoYesAll> in) throws ConfigException {
    if (in.accept("all")) {
      return NoYesAll.ALL;
    }
    Token token = in.peek();
    if (token.is(TokenKind.NUMBER) && !in.atEnd() && !token.text().contains(".")) {
      // get_no_yes_all: 0 and 2 mean no and all, anything else yes.
      long value = in.plainInteger(Long.MIN_VALUE, Long.MAX_VALUE);
      return value == 0 ? NoYesAll.NO : value == 2 ? NoYesAll.ALL : NoYesAll.YES;
    }
    try {
      return in.bool() ? NoYesAll.YES : NoYesAll.NO;
    } catch (ConfigException e) {
      throw in.expected("yes, no, all, true, false, on, off, 0, 1 or 2");
    }
  }

  private static String intOrString(ValueReader<String> in) throws ConfigException {
    Token token = in.peek();
    if (!in.atEnd() && token.is(TokenKind.STRING)) {
      return in.next().text();
    }
    if (!in.atEnd() && token.is(TokenKind.NUMBER) && !token.text().contains(".")) {
      return String.valueOf(in.plainInteger(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    throw in.expected("an integer or a quoted string");
  }

  /** {@code read_intrange}: INT, then an optional comma, then INT; a lone INT is both ends. */
  private static IntRange range(ValueReader<Optional<IntRange>> in) throws ConfigException {
    int low = rangeEnd(in);
    if (in.atEnd()) {
      return new IntRange(low, low);
    }
    in.accept(TokenKind.COMMA);
    return new IntRange(low, rangeEnd(in));
  }

  private static int rangeEnd(ValueReader<?> in) throws ConfigException {
    Token token = in.peek();
    if (in.atEnd() || !token.is(TokenKind.NUMBER) || token.text().contains(".")) {
      throw in.expected("an integer");
    }
    try {
      return Integer.parseInt(in.next().text());
    } catch (NumberFormatException e) {
      throw in.rejected(token, "value too large");
    }
  }

  private static int priority(ValueReader<Integer> in) throws ConfigException {
    if (in.accept("low")) {
      return 0;
    }
    if (in.accept("medium")) {
      return 1;
    }
    if (in.accept("high")) {
      return 2;
    }
    if (in.peek().is(TokenKind.NUMBER) && !in.atEnd()) {
      return (int) in.plainInteger(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    throw in.expected("low, medium, high or an integer");
  }

  private static String priorityName(int priority) {
    return switch (priority) {
      case 0 -> "LOW";
      case 1 -> "MEDIUM";
      case 2 -> "HIGH";
      default -> String.valueOf(priority);
    };
  }

  /** {@code read_rate}: REAL, then an optional comma and a second REAL. */
  private static Comprate comprate(ValueReader<Comprate> in) throws ConfigException {
    Token first = in.peek();
    double full = in.real();
    if (full < 0) {
      throw in.rejected(first, "the full compression rate must be 0 or more");
    }
    if (in.atEnd()) {
      return new Comprate(full, full);
    }
    in.accept(TokenKind.COMMA);
    Token second = in.peek();
    double incremental = in.real();
    if (incremental < 0) {
      throw in.rejected(second, "the incremental compression rate must be 0 or more");
    }
    return new Comprate(full, incremental);
  }
}
