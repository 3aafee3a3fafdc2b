package org.jamanda.protocol.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.protocol.InputTooLongException;

/**
 * Cuts a text stream (MESG, INDEX, STATE) into lines when its bytes arrive in pieces that do not
 * follow line ends, as bsdtcp frames do. Lines are ISO-8859-1 text, one character per byte, so
 * paths keep their bytes. Not thread-safe: one per stream.
 */
public final class LineAssembler {
  /** Longest line accepted, in bytes. */
  public static final int MAX_LINE_BYTES = 65536;

  private final String stream;
  private byte[] pending = new byte[256];
  private int length;

  /**
   * @param stream the stream's name, for error messages
   */
  public LineAssembler(String stream) {
    this.stream = stream;
  }

  /** Takes the next piece; returns the lines it completed, without their newlines. */
  public List<String> feed(byte[] bytes, int offset, int count) throws InputTooLongException {
    List<String> lines = new ArrayList<>();
    for (int i = offset; i < offset + count; i++) {
      if (bytes[i] == '\n') {
        lines.add(new String(pending, 0, length, StandardCharsets.ISO_8859_1));
        length = 0;
      } else {
        append(bytes[i]);
      }
    }
    return lines;
  }

  /** At end of stream: the last line if it had no newline. */
  public List<String> finish() {
    if (length == 0) {
      return List.of();
    }
    String last = new String(pending, 0, length, StandardCharsets.ISO_8859_1);
    length = 0;
    return List.of(last);
  }

  private void append(byte b) throws InputTooLongException {
    if (length == MAX_LINE_BYTES) {
      throw new InputTooLongException(stream + " line", length + 1L, MAX_LINE_BYTES);
    }
    if (length == pending.length) {
      pending = java.util.Arrays.copyOf(pending, Math.min(pending.length * 2, MAX_LINE_BYTES));
    }
    pending[length++] = b;
  }
}
