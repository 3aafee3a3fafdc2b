package org.jamanda.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts what GNU tar prints on stderr during {@code --create --verbose --block-number --totals}:
 * {@code block N: ./path} lines become index entries, {@code Total bytes written: N} gives the
 * size, and the rest are messages, as amgtar's {@code backup} loop sorts them. Not thread-safe: one
 * reader thread fills it, and the owner reads it after that thread has ended.
 */
final class TarStderr {
  /** The longest stderr line kept, as amgtar's 32 KiB line buffer; the rest is dropped. */
  static final int MAX_LINE_BYTES = 32 * 1024;

  /** The most message lines kept; later ones are counted, not stored. */
  static final int MAX_MESSAGES = 10_000;

  private static final Pattern BLOCK = Pattern.compile("^block (\\d+): \\./(.*)$");
  private static final Pattern TOTALS = Pattern.compile("^ *Total bytes written: (\\d+)");

  private final List<String> index = new ArrayList<>();
  private final List<String> state = new ArrayList<>();
  private final List<String> messages = new ArrayList<>();
  private long totalBytes = -1;
  private long droppedMessages;

  /** Reads {@code stderr} to its end, sorting every line. */
  void readAll(InputStream stderr) throws IOException {
    Optional<String> line = readLine(stderr);
    while (line.isPresent()) {
      accept(line.get());
      line = readLine(stderr);
    }
  }

  /** Sorts one line (without its newline). */
  void accept(String line) {
    Matcher block = BLOCK.matcher(line);
    if (block.matches()) {
      index.add("/" + block.group(2));
      state.add(block.group(1) + " /" + block.group(2));
      return;
    }
    Matcher totals = TOTALS.matcher(line);
    if (totals.find()) {
      totalBytes = Long.parseLong(totals.group(1));
    }
    if (isNoise(line)) {
      return;
    }
    if (messages.size() < MAX_MESSAGES) {
      messages.add(line);
    } else {
      droppedMessages++;
    }
  }

  /** Lines amgtar ignores: tar announcing directories new to the snapshot. */
  private static boolean isNoise(String line) {
    return line.endsWith(": Directory is new") || line.contains(": Directory has been renamed");
  }

  List<String> index() {
    return index;
  }

  /** The STATE stream lines: {@code <offset in 512-byte blocks> <index path>}. */
  List<String> state() {
    return state;
  }

  List<String> messages() {
    if (droppedMessages == 0) {
      return messages;
    }
    List<String> all = new ArrayList<>(messages);
    all.add("(" + droppedMessages + " more tar messages not kept)");
    return all;
  }

  /** The {@code --totals} byte count, or -1 when tar printed none. */
  long totalBytes() {
    return totalBytes;
  }

  /** One line of at most {@link #MAX_LINE_BYTES} bytes, or empty at the end of the stream. */
  static Optional<String> readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b = in.read();
    if (b < 0) {
      return Optional.empty();
    }
    while (b >= 0 && b != '\n') {
      if (line.size() < MAX_LINE_BYTES) {
        line.write(b);
      }
      b = in.read();
    }
    return Optional.of(line.toString(StandardCharsets.UTF_8));
  }
}
