package org.jamanda.server.catalog;

import java.util.ArrayList;
import java.util.List;
import org.jamanda.common.Quoting;

/**
 * A cursor over one run log line: words separated by single spaces, where a word may be
 * double-quoted as Amanda's {@code strquotedstr} reads it. Not thread-safe; one per line.
 */
final class LogTokens {
  private final String file;
  private final int lineNumber;
  private final String line;
  private int pos;
  private int wordStart;

  LogTokens(String file, int lineNumber, String line) {
    this.file = file;
    this.lineNumber = lineNumber;
    this.line = line;
  }

  boolean atEnd() {
    skipSpaces();
    return pos >= line.length();
  }

  /** True when the rest of the line, after spaces, begins with {@code prefix}. */
  boolean nextStartsWith(String prefix) {
    skipSpaces();
    return line.startsWith(prefix, pos);
  }

  /** The next word, unquoted. */
  String word(String what) throws MalformedCatalogException {
    skipSpaces();
    if (pos >= line.length()) {
      throw error("missing " + what + " in", line);
    }
    int start = pos;
    wordStart = pos;
    boolean quoted = false;
    while (pos < line.length() && (quoted || line.charAt(pos) != ' ')) {
      char c = line.charAt(pos);
      if (c == '\\' && quoted) {
        pos++;
      } else if (c == '"') {
        quoted = !quoted;
      }
      pos++;
    }
    pos = Math.min(pos, line.length());
    return Quoting.unquote(line.substring(start, pos));
  }

  /** The next word as a decimal integer. */
  int integer(String what) throws MalformedCatalogException {
    skipSpaces();
    int column = pos + 1;
    String word = word(what);
    try {
      return Integer.parseInt(word);
    } catch (NumberFormatException e) {
      throw new MalformedCatalogException(file, lineNumber, column, "bad " + what, word);
    }
  }

  /** Words up to (not including) the bracketed statistics. */
  List<String> wordsBeforeBracket(String what) throws MalformedCatalogException {
    List<String> words = new ArrayList<>();
    while (!atEnd() && line.charAt(pos) != '[') {
      words.add(word(what));
    }
    return words;
  }

  /** The rest of the line, verbatim. */
  String rest() {
    skipSpaces();
    String rest = line.substring(Math.min(pos, line.length()));
    pos = line.length();
    return rest;
  }

  /** The bracketed statistics that end the line. */
  LogStats stats() throws MalformedCatalogException {
    skipSpaces();
    int column = pos + 1;
    String text = rest();
    if (!text.startsWith("[") || !text.endsWith("]")) {
      throw new MalformedCatalogException(
          file, lineNumber, column, "expected [key value ...] statistics, got", text);
    }
    String inner = text.substring(1, text.length() - 1);
    String[] words = inner.isEmpty() ? new String[0] : inner.split(" ", -1);
    if (words.length % 2 != 0) {
      throw new MalformedCatalogException(
          file, lineNumber, column, "statistics without a value for each key", text);
    }
    List<LogStats.Field> fields = new ArrayList<>();
    for (int i = 0; i < words.length; i += 2) {
      fields.add(new LogStats.Field(words[i], words[i + 1]));
    }
    return new LogStats(fields);
  }

  /** The bracketed reason of a FAIL line, without its brackets. */
  String bracketed(String what) throws MalformedCatalogException {
    skipSpaces();
    int column = pos + 1;
    String text = rest();
    if (!text.startsWith("[") || !text.endsWith("]")) {
      throw new MalformedCatalogException(
          file, lineNumber, column, "expected [" + what + "], got", text);
    }
    return text.substring(1, text.length() - 1);
  }

  /** An error about the word just read, at its first column. */
  MalformedCatalogException errorAtWord(String problem, String token) {
    return new MalformedCatalogException(file, lineNumber, wordStart + 1, problem, token);
  }

  /** An error at the cursor. */
  MalformedCatalogException error(String problem, String token) {
    return new MalformedCatalogException(file, lineNumber, pos + 1, problem, token);
  }

  private void skipSpaces() {
    while (pos < line.length() && line.charAt(pos) == ' ') {
      pos++;
    }
  }
}
