package org.jamanda.protocol.service;

import org.jamanda.common.Quoting;

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
    return Quoting.quote(text);
  }

  /** Removes quotes and C escapes ({@code \n \t \r \f}, octal {@code \ooo}) as Amanda does. */
  static String unquote(String text) {
    return Quoting.unquote(text);
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
