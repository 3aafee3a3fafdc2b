package org.jamanda.server.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes a run log, {@code logdir/log.<timestamp>.<n>}, one {@link LogLine} per line, in
 * the format of Amanda 3.5.1's {@code server-src/logfile.c}. Stateless and thread-safe.
 *
 * <pre>
 * TYPE    program  text
 * START   planner  date 20261203162552
 * SUCCESS dumper   amlab-bsd /srv/data 20261203162552 0 3483d724:1054720 3483d724:1054720 [sec ..]
 * </pre>
 *
 * <p>Lines as Amanda writes them round-trip byte for byte. Typed lines read a run of spaces between
 * words as one separator, as {@code logfile.c}'s reader does, and write one space; untyped lines
 * ({@link LogLine.Note}) keep their text verbatim.
 */
public final class LogFile {
  /** The longest line read, as Amanda's {@code STR_SIZE} line buffer. */
  public static final int MAX_LINE_CHARS = 4096;

  private static final Pattern DATESTAMP = Pattern.compile("[0-9]{8,14}");

  private LogFile() {}

  /** {@code log.<datestamp>.<sequence>}, e.g. {@code log.20261203162552.0}. */
  public static String fileName(String datestamp, int sequence) {
    if (!DATESTAMP.matcher(datestamp).matches() || sequence < 0) {
      throw new IllegalArgumentException("bad log name parts: " + datestamp + " " + sequence);
    }
    return "log." + datestamp + "." + sequence;
  }

  /** Reads the log at {@code file}; errors name the file by its path. */
  public static List<LogLine> read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Writes {@code lines}, each ended by a newline, replacing {@code file}. */
  public static void write(Path file, List<LogLine> lines) throws IOException {
    Files.writeString(file, format(lines), StandardCharsets.UTF_8);
  }

  /** The text of a log: every line followed by {@code \n}. */
  public static String format(List<LogLine> lines) {
    StringBuilder out = new StringBuilder();
    for (LogLine line : lines) {
      out.append(line.format()).append('\n');
    }
    return out.toString();
  }

  /**
   * Parses a whole log. Empty lines are skipped as Amanda's reader does.
   *
   * @param file the name used in error messages
   * @throws MalformedCatalogException naming file, line and column of the first bad line
   */
  public static List<LogLine> parse(String file, String text) throws MalformedCatalogException {
    List<LogLine> lines = new ArrayList<>();
    String[] rows = text.split("\n", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i];
      if (row.isEmpty()) {
        continue;
      }
      if (row.length() > MAX_LINE_CHARS) {
        throw new MalformedCatalogException(
            file, i + 1, 1, "line longer than " + MAX_LINE_CHARS + " characters", row);
      }
      if (row.startsWith("  ")) {
        lines.add(continuation(file, i + 1, row, lines));
        continue;
      }
      lines.add(LogLineParser.parse(new LogTokens(file, i + 1, row)));
    }
    return lines;
  }

  /** A two-space line continues the line before it, as {@code logfile.c}'s reader takes it. */
  private static LogLine continuation(String file, int line, String row, List<LogLine> before)
      throws MalformedCatalogException {
    if (before.isEmpty()) {
      throw new MalformedCatalogException(
          file, line, 1, "continuation line with no line before it", row);
    }
    return new LogLine.Continuation(before.get(before.size() - 1).program(), row.substring(2));
  }
}
