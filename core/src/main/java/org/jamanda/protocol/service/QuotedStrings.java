package org.jamanda.protocol.service;

/**
 * Amanda's quoting of strings in text lines ({@code quote_string_maybe}, {@code unquote_string} and
 * the {@code skip_quoted_string} macro of amutil.c and amanda.h): a string with a blank, a control
 * character, a quote, a backslash, a colon or a byte above 0x7e is written inside double quotes
 * with C escapes. Characters stand for the bytes of the wire text (ISO-8859-1).
 */
final class QuotedStrings {
  private QuotedStrings() {}

  /** The string as Amanda writes it in a line: unchanged when nothing needs quoting. */
  static String quote(String text) {
    if (text.isEmpty()) {
      return "\"\"";
    }
    if (!needsQuotes(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append('"');
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

  // Amanda tests each signed char: bytes of 0x80 and above are negative, so they force quotes too.
  private static boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '\'' || c == '\\' || c == '"' || c <= ' ' || c >= 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** Removes quotes and C escapes ({@code \n \t \r \f}, octal {@code \ooo}) as Amanda does. */
  static String unquote(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == '"') {
        continue;
      }
      if (c != '\\') {
        out.append(c);
      } else if (i < text.length()) {
        i = appendEscape(text, i, out);
      }
    }
    return out.toString();
  }

  // Appends the character escaped at text[i] (just after the backslash); returns the next index.
  private static int appendEscape(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'f' -> out.append('\f');
      default -> {
        if (c < '0' || c > '7') {
          out.append(c);
          return i + 1;
        }
        int value = 0;
        int end = i;
        while (end < text.length()
            && end < i + 3
            && text.charAt(end) >= '0'
            && text.charAt(end) <= '7') {
          value = (value << 3) + text.charAt(end++) - '0';
        }
        // Amanda keeps the low byte and drops a NUL.
        if ((value & 0xff) != 0) {
          out.append((char) (value & 0xff));
        }
        return end;
      }
    }
    return i + 1;
  }

  /**
   * The index just past the quoted word that starts at {@code start}: the first blank outside
   * double quotes, where a backslash protects the next character.
   */
  static int endOfWord(String line, int start) {
    boolean inQuotes = false;
    int i = start;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (!inQuotes && isBlank(c)) {
        break;
      }
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (c == '\\' && i + 1 < line.length()) {
        i++;
      }
      i++;
    }
    return i;
  }

  /** White space as {@code g_ascii_isspace} sees it. */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }
}
