package org.jamanda.application;

import java.nio.file.Path;
import java.util.Optional;
import org.jamanda.common.Quoting;

/**
 * One parsed {@code amandates} line: {@code <quoted disk> <level> <epoch seconds>}. Immutable.
 *
 * @param disk the unquoted disk name
 * @param level the dump level, 0 to 9
 * @param epochSeconds when the dump started, in seconds since the epoch
 */
record AmandatesLine(String disk, int level, long epochSeconds) {

  /** Parses line {@code number} of {@code file}; blank lines give nothing. */
  static Optional<AmandatesLine> parse(Path file, int number, String text)
      throws AmandatesException {
    int start = skipBlanks(text, 0);
    if (start == text.length()) {
      return Optional.empty();
    }

    // The disk name: bare up to a blank, or quoted up to the closing unescaped quote.
    int end = nameEnd(text, start);
    String disk = Quoting.unquote(text.substring(start, end));

    // The level and the date, two decimal numbers.
    int levelStart = skipBlanks(text, end);
    int levelEnd = wordEnd(text, levelStart);
    int level = (int) number(file, number, text, levelStart, levelEnd, "level");
    if (level > DumpRequest.MAX_LEVEL) {
      throw new AmandatesException(
          file,
          number,
          levelStart + 1,
          "level not between 0 and 9",
          text.substring(levelStart, levelEnd));
    }
    int dateStart = skipBlanks(text, levelEnd);
    int dateEnd = wordEnd(text, dateStart);
    long date = number(file, number, text, dateStart, dateEnd, "date");

    int rest = skipBlanks(text, dateEnd);
    if (rest < text.length()) {
      throw new AmandatesException(
          file, number, rest + 1, "unexpected text after the date", text.substring(rest));
    }
    return Optional.of(new AmandatesLine(disk, level, date));
  }

  private static long number(Path file, int line, String text, int start, int end, String field)
      throws AmandatesException {
    String token = text.substring(start, end);
    if (token.isEmpty()
        || !token.chars().allMatch(c -> c >= '0' && c <= '9')
        || token.length() > 18) {
      throw new AmandatesException(file, line, start + 1, "expected a " + field, token);
    }
    return Long.parseLong(token);
  }

  private static int nameEnd(String text, int start) {
    if (text.charAt(start) != '"') {
      return wordEnd(text, start);
    }
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, text.length());
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
      i++;
    }
    return i;
  }
}
