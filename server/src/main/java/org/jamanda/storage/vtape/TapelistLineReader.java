package org.jamanda.storage.vtape;

import java.util.Optional;

/**
 * Reads one tapelist line in the order {@code parse_tapeline} of Amanda's {@code
 * server-src/tapefile.c} expects: datestamp, label, {@code reuse|no-reuse}, then each of {@code
 * BARCODE: META: BLOCKSIZE: POOL: STORAGE: CONFIG:} at most once and in that order, then an
 * optional {@code #comment}. Not thread-safe: one reader per line.
 *
 * <p>Deliberate difference: Amanda logs a line with anything else on it as bogus and keeps what it
 * read; here that line is an error.
 */
final class TapelistLineReader {
  private static final String[] KEYS = {
    "BARCODE:", "META:", "BLOCKSIZE:", "POOL:", "STORAGE:", "CONFIG:"
  };

  private final String source;
  private final int lineNumber;
  private final String line;
  private int pos;

  TapelistLineReader(String source, int lineNumber, String line) {
    this.source = source;
    this.lineNumber = lineNumber;
    this.line = line;
  }

  TapelistEntry read() throws MalformedTapelistException {
    String datestamp = word();
    requireDatestamp(datestamp);
    String label = word();
    if (label.isEmpty()) {
      throw errorAt(pos + 1, "missing label after datestamp %s", datestamp);
    }
    boolean reuse = readReuse();

    String[] values = {"", "", "", "", "", ""};
    int key = 0;
    String token = word();
    while (!token.isEmpty() && !token.startsWith("#")) {
      key = keyIndex(token, key);
      values[key] = token.substring(KEYS[key].length());
      key++;
      token = word();
    }
    Optional<String> comment =
        token.isEmpty() ? Optional.empty() : Optional.of(line.substring(pos - token.length() + 1));
    return new TapelistEntry(
        datestamp,
        label,
        reuse,
        values[0],
        values[1],
        blocksize(values[2]),
        values[3],
        values[4],
        values[5],
        comment);
  }

  /** "reuse" is the default when the line says neither. */
  private boolean readReuse() {
    int before = pos;
    String token = word();
    if (token.equals("reuse")) {
      return true;
    }
    if (token.equals("no-reuse")) {
      return false;
    }
    pos = before;
    return true;
  }

  /** The index of {@code token}'s key, which must come at or after {@code from}. */
  private int keyIndex(String token, int from) throws MalformedTapelistException {
    for (int i = from; i < KEYS.length; i++) {
      if (token.startsWith(KEYS[i])) {
        return i;
      }
    }
    throw error(
        "unexpected %s; expected BARCODE:, META:, BLOCKSIZE:, POOL:, STORAGE:, CONFIG: or"
            + " #comment, each once and in this order",
        token);
  }

  private long blocksize(String kib) throws MalformedTapelistException {
    if (kib.isEmpty()) {
      return 0;
    }
    if (kib.length() > 12 || !kib.chars().allMatch(c -> c >= '0' && c <= '9')) {
      pos = line.indexOf("BLOCKSIZE:") + "BLOCKSIZE:".length();
      throw errorAt(pos + 1, "bad BLOCKSIZE %s; expected a number of KiB", kib);
    }
    return Long.parseLong(kib);
  }

  private void requireDatestamp(String datestamp) throws MalformedTapelistException {
    boolean digits = datestamp.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits
        || !(datestamp.equals("0") || datestamp.length() == 8 || datestamp.length() == 14)) {
      throw error("bad datestamp %s; expected 0, YYYYMMDD or YYYYMMDDHHMMSS", datestamp);
    }
  }

  /** The next run of non-blank characters, or "" at the end; leaves {@code pos} after it. */
  private String word() {
    while (pos < line.length() && isBlank(line.charAt(pos))) {
      pos++;
    }
    int start = pos;
    while (pos < line.length() && !isBlank(line.charAt(pos))) {
      pos++;
    }
    return line.substring(start, pos);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** An error about the token just read by {@link #word}. */
  private MalformedTapelistException error(String problem, String token) {
    return errorAt(pos - token.length() + 1, problem, token);
  }

  private MalformedTapelistException errorAt(int column, String problem, String token) {
    return new MalformedTapelistException(source, lineNumber, column, problem, token);
  }
}
