package org.jamanda.config;

import java.util.HashMap;
import java.util.Map;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Token;
import org.jamanda.config.parse.TokenKind;

/**
 * The unit words that may follow a number ({@code numb_keytable} in conffile.c) and how {@code
 * get_multiplier} applies them. Amanda makes no difference between kinds of unit: {@code 2 weeks}
 * is 14, {@code 1 k} is 1024 whatever is counted, and {@code b}, {@code day} and {@code tape} all
 * mean "times one" (or "divided by 1024" where plain numbers count kibibytes).
 */
final class Units {
  /** How a unit word scales the number before it. */
  private enum Scale {
    ONE,
    SEVEN,
    KILO,
    MEGA,
    GIGA,
    TERA
  }

  private static final Map<String, Scale> WORDS = new HashMap<>();

  static {
    add(Scale.ONE, "B", "BPS", "BYTE", "BYTES", "DAY", "DAYS", "TAPE", "TAPES");
    add(Scale.SEVEN, "WEEK", "WEEKS");
    add(Scale.KILO, "K", "KB", "KBPS", "KBYTE", "KBYTES", "KILOBYTE", "KILOBYTES", "KPS");
    add(Scale.MEGA, "M", "MB", "MBPS", "MBYTE", "MBYTES", "MEG", "MEGABYTE", "MEGABYTES", "MPS");
    add(Scale.GIGA, "G", "GB", "GBPS", "GBYTE", "GBYTES", "GIG", "GIGABYTE", "GIGABYTES");
    add(Scale.TERA, "T", "TB", "TBPS", "TBYTE", "TBYTES", "TERA", "TERABYTE", "TERABYTES");
  }

  private Units() {}

  /**
   * Reads an optional unit after {@code value} and applies it. A word that is no unit is an error
   * when {@code strict}, else left unread.
   */
  static long apply(ValueReader<?> in, long value, boolean strict) throws ConfigException {
    Token unit = in.peek();
    if (!unit.is(TokenKind.WORD) || in.atEnd()) {
      return value;
    }
    Scale scale = WORDS.get(Token.fold(unit.text()));
    if (scale == null) {
      if (strict) {
        throw in.error(
            unit,
            "unknown unit "
                + unit.excerpt()
                + " for '"
                + in.keyword().text()
                + "'; expected "
                + "b, k, m, g, t (bytes, kbytes, mbytes, ...), weeks, days or tapes");
      }
      return value;
    }
    in.next();
    try {
      return scaled(value, shift(scale, in.isKibibytes()), scale);
    } catch (ArithmeticException e) {
      throw in.rejected(unit, "value too large");
    }
  }

  /** The power of 1024 to multiply by, one less where plain numbers count kibibytes. */
  private static int shift(Scale scale, boolean kibibytes) {
    int power =
        switch (scale) {
          case ONE, SEVEN -> 0;
          case KILO -> 1;
          case MEGA -> 2;
          case GIGA -> 3;
          case TERA -> 4;
        };
    return scale == Scale.SEVEN ? 0 : power - (kibibytes ? 1 : 0);
  }

  private static long scaled(long value, int power, Scale scale) {
    if (scale == Scale.SEVEN) {
      return Math.multiplyExact(value, 7L);
    }
    if (power < 0) {
      // "b" where plain numbers count kibibytes: Amanda divides, truncating toward zero.
      return value / 1024;
    }
    long result = value;
    for (int i = 0; i < power; i++) {
      result = Math.multiplyExact(result, 1024L);
    }
    return result;
  }

  private static void add(Scale scale, String... words) {
    for (String word : words) {
      WORDS.put(word, scale);
    }
  }
}
