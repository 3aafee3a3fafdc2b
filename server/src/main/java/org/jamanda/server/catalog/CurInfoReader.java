package org.jamanda.server.catalog;

import java.util.ArrayList;
import java.util.List;

/** A cursor over the lines of one curinfo {@code info} file. Not thread-safe; one per file. */
final class CurInfoReader {
  private final String file;
  private final String[] lines;
  private int index;
  private int keyLength;

  CurInfoReader(String file, String text) {
    this.file = file;
    this.lines = text.split("\n", -1);
  }

  void expectVersion() throws MalformedCatalogException {
    long version = longs("version:", 1, 1)[0];
    if (version != 0) {
      throw error(8, "unsupported curinfo version", Long.toString(version));
    }
  }

  int intField(String key) throws MalformedCatalogException {
    return (int) longs(key, 1, 1)[0];
  }

  boolean nextStartsWith(String key) {
    skipEmpty();
    return index < lines.length && lines[index].startsWith(key);
  }

  /** Up to three decimals after {@code key}, as the rate and comp lines hold. */
  List<Double> numbers(String key) throws MalformedCatalogException {
    String[] words = fields(key);
    if (words.length > 3) {
      throw error(1, "more than three values in", lines[index - 1]);
    }
    List<Double> values = new ArrayList<>();
    for (String word : words) {
      try {
        values.add(Double.valueOf(word));
      } catch (NumberFormatException e) {
        throw error(column(word), "bad number in " + key, word);
      }
    }
    return values;
  }

  /** {@code stats: level size csize secs epoch [filenum label]}; the label is the line's rest. */
  CurInfo.LevelStats levelStats() throws MalformedCatalogException {
    String[] words = fields("stats:", 7);
    if (words.length != 5 && words.length != 7) {
      throw error(1, "expected 5 or 7 fields in", lines[index - 1]);
    }
    long[] n = numbersOf(words, 5);
    if (n[0] < 0 || n[0] >= CurInfo.DUMP_LEVELS) {
      throw error(column(words[0]), "level out of range 0-" + (CurInfo.DUMP_LEVELS - 1), words[0]);
    }
    long fileNumber = words.length == 7 ? parseLong(words[5]) : 0;
    String label = words.length == 7 ? words[6] : "";
    return new CurInfo.LevelStats((int) n[0], n[1], n[2], n[3], n[4], fileNumber, label);
  }

  /** {@code history: level size csize epoch [secs]}. */
  CurInfo.History history() throws MalformedCatalogException {
    long[] n = longs("history:", 4, 5);
    long secs = n.length == 5 ? n[4] : -1;
    return new CurInfo.History((int) n[0], n[1], n[2], n[3], secs);
  }

  /** The words after {@code key} as whole numbers, between {@code min} and {@code max} of them. */
  long[] longs(String key, int min, int max) throws MalformedCatalogException {
    String[] words = fields(key);
    if (words.length < min || words.length > max) {
      String expected = min == max ? Integer.toString(min) : min + " to " + max;
      throw error(1, "expected " + expected + " numbers in", lines[index - 1]);
    }
    return numbersOf(words, words.length);
  }

  void expectEnd() throws MalformedCatalogException {
    skipEmpty();
    if (index >= lines.length || lines[index].isEmpty()) {
      throw new MalformedCatalogException(file, index + 1, 1, "missing '//' end of record", "");
    }
    if (!lines[index].startsWith("//")) {
      throw new MalformedCatalogException(
          file, index + 1, 1, "expected '//' end of record, got", lines[index]);
    }
  }

  private long[] numbersOf(String[] words, int count) throws MalformedCatalogException {
    long[] values = new long[count];
    for (int i = 0; i < count; i++) {
      values[i] = parseLong(words[i]);
    }
    return values;
  }

  private long parseLong(String word) throws MalformedCatalogException {
    try {
      return Long.parseLong(word);
    } catch (NumberFormatException e) {
      throw error(column(word), "bad number", word);
    }
  }

  /** Moves to the next non-empty line, checks it starts with {@code key}; returns its words. */
  private String[] fields(String key) throws MalformedCatalogException {
    return fields(key, 0);
  }

  /** As {@link #fields(String)}, splitting into at most {@code limit} words (0: no limit). */
  private String[] fields(String key, int limit) throws MalformedCatalogException {
    skipEmpty();
    if (index >= lines.length || lines[index].isEmpty()) {
      throw new MalformedCatalogException(file, index + 1, 1, "missing '" + key + "' line", "");
    }
    String line = lines[index++];
    if (!line.startsWith(key)) {
      // report the line itself: index already points past it, so index is its 1-based number
      throw error(1, "expected '" + key + "', got", line);
    }
    keyLength = key.length();
    String rest = line.substring(key.length()).trim();
    return rest.isEmpty() ? new String[0] : rest.split(" +", limit);
  }

  private int column(String word) {
    return Math.max(lines[index - 1].indexOf(word, keyLength), 0) + 1;
  }

  /** An error about the line just read (or the current one when none was). */
  private MalformedCatalogException error(int column, String problem, String token) {
    return new MalformedCatalogException(file, Math.max(index, 1), column, problem, token);
  }

  private void skipEmpty() {
    while (index < lines.length - 1 && lines[index].isEmpty()) {
      index++;
    }
  }
}
