package org.jamanda.protocol.service;

import java.util.Arrays;
import org.jamanda.common.InputExcerpt;
import org.jamanda.protocol.MalformedPacketException;

/**
 * A request body being parsed, with what error messages need: the body's name and the line and
 * column of any index. Lines count from {@code firstLine}, columns from 1. Immutable.
 */
final class BodyText {
  private final String name;
  private final String text;
  private final int firstLine;
  private final int[] lineStarts;

  BodyText(String name, String text, int firstLine) {
    this.name = name;
    this.text = text;
    this.firstLine = firstLine;
    this.lineStarts = lineStarts(text);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  String text() {
    return text;
  }

  /** The line number of the character at {@code index}. */
  int line(int index) {
    return firstLine + lineIndex(index);
  }

  /** {@code name:line:column} of the character at {@code index}. */
  String where(int index) {
    int line = lineIndex(index);
    return name + ":" + (firstLine + line) + ":" + (index - lineStarts[line] + 1);
  }

  private int lineIndex(int index) {
    int found = Arrays.binarySearch(lineStarts, index);
    return found >= 0 ? found : -found - 2;
  }

  /** {@code line:column} of {@code index}, for mentioning a second place in a message. */
  String lineColumn(int index) {
    String where = where(index);
    return where.substring(name.length() + 1);
  }

  /** An error at {@code index}: where, what is wrong, and the quoted offending input. */
  MalformedPacketException error(String field, int index, String problem, CharSequence input) {
    return new MalformedPacketException(
        field, where(index) + ": " + problem + " " + InputExcerpt.of(input.toString()));
  }

  /** An error at {@code index} whose problem already quotes what it must. */
  MalformedPacketException error(String field, int index, String problem) {
    return new MalformedPacketException(field, where(index) + ": " + problem);
  }
}
