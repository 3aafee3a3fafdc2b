package org.jamanda.common;

/**
 * Amanda's rules for quoting strings, shared by the configuration files and the wire protocol.
 *
 * <p>A string is written bare when it is safe, and otherwise between double quotes with C-like
 * escapes, as {@code quote_string_maybe} and {@code unquote_string} in Amanda's {@code
 * common-src/amutil.c} do:
 *
 * <pre>
 * /var/lib/amanda        bare: nothing to protect
 * "/srv/my data"         quoted: holds a space
 * "C:\\Users"            quoted: holds ':' and a backslash, written as \\
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Quoting {
  private Quoting() {}

  /**
   * Quotes {@code text} only when it needs it: when it is empty, or holds a space, a control
   * character, a non-ASCII character, {@code :}, {@code '}, {@code \} or {@code "}.
   */
  public static String quote(String text) {
    return needsQuotes(text) ? quoteAlways(text) : text;
  }

  /** Quotes {@code text} whatever it holds; {@code null} and "" both give {@code ""}. */
  public static String quoteAlways(String text) {
    if (text == null) {
      return "\"\"";
    }
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Undoes {@link #quote}: drops every unescaped double quote and decodes the escapes {@code \n \t
   * \r \f \\ \"} and octal {@code \NNN} (one to three digits; {@code \0} gives nothing). Any other
   * escaped character stands for itself, and a trailing backslash is dropped, as in Amanda.
   *
   * <p>Deliberate difference: after an octal escape Amanda's {@code unquote_string} copies the next
   * character without looking at it, so {@code "\101\102"} comes out as {@code A\102}; here it is
   * {@code AB}.
   */
  public static String unquote(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == '"') {
        continue;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i == text.length()) {
        break;
      }
      i = decodeEscape(text, i, out);
    }
    return out.toString();
  }

  /**
   * True for the characters that may follow a backslash in a quoted string: {@code n t r f \ "} and
   * the octal digits.
   */
  public static boolean isKnownEscape(char c) {
    return "ntrf\\\"".indexOf(c) >= 0 || isOctalDigit(c);
  }

  /** Decodes the escape whose letter is at {@code i}; returns the index after it. */
  private static int decodeEscape(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'f' -> out.append('\f');
      default -> {
        if (!isOctalDigit(c)) {
          out.append(c);
          return i + 1;
        }
        return decodeOctal(text, i, out);
      }
    }
    return i + 1;
  }

  private static int decodeOctal(String text, int i, StringBuilder out) {
    int value = 0;
    int end = i;
    while (end < text.length() && end - i < 3 && isOctalDigit(text.charAt(end))) {
      value = (value << 3) + (text.charAt(end) - '0');
      end++;
    }
    // Amanda accumulates into a C char, so \777 wraps to 0xff.
    value &= 0xff;
    if (value != 0) {
      out.append((char) value);
    }
    return end;
  }

  private static boolean needsQuotes(String text) {
    if (text == null || text.isEmpty()) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Amanda tests "*r <= ' '" on a signed char, so bytes above 0x7f are quoted too.
      if (c <= ' ' || c >= 0x7f || c == ':' || c == '\'' || c == '\\' || c == '"') {
        return true;
      }
    }
    return false;
  }

  private static boolean isOctalDigit(char c) {
    return c >= '0' && c <= '7';
  }
}
