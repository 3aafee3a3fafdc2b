package org.jamanda.server.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@link CurInfo} records in the text format of {@code infofile.c}'s {@code
 * read_txinfofile}/{@code write_txinfofile}. Stateless and thread-safe.
 */
public final class CurInfoFile {
  private CurInfoFile() {}

  /** Reads {@code file}; errors name it by its path. */
  public static CurInfo read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Writes {@code info} to {@code file}, creating its directories. */
  public static void write(Path file, CurInfo info) throws IOException {
    Path parent = file.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, format(info), StandardCharsets.UTF_8);
  }

  /** The file text; a level's stats line is written only when it has a date or a label. */
  public static String format(CurInfo info) {
    StringBuilder out = new StringBuilder();
    out.append("version: 0\n").append("command: ").append(info.command()).append('\n');
    perfLine(out, "full-rate:", info.full().rates());
    perfLine(out, "full-comp:", info.full().comps());
    perfLine(out, "incr-rate:", info.incr().rates());
    perfLine(out, "incr-comp:", info.incr().comps());
    for (CurInfo.LevelStats s : info.stats()) {
      out.append("stats: ").append(s.level()).append(' ').append(s.sizeKb()).append(' ');
      out.append(s.csizeKb()).append(' ').append(s.secs()).append(' ').append(s.epoch());
      if (s.onVolume()) {
        out.append(' ').append(s.fileNumber()).append(' ').append(s.label());
      }
      out.append('\n');
    }
    out.append("last_level: ").append(info.lastLevel()).append(' ');
    out.append(info.consecutiveRuns()).append('\n');
    for (CurInfo.History h : info.history()) {
      out.append("history: ").append(h.level()).append(' ').append(h.sizeKb()).append(' ');
      out.append(h.csizeKb()).append(' ').append(h.epoch()).append(' ').append(h.secs());
      out.append('\n');
    }
    return out.append("//\n").toString();
  }

  /**
   * Parses one record.
   *
   * @param file the name used in error messages
   * @throws MalformedCatalogException naming file, line and column of the first bad field
   */
  public static CurInfo parse(String file, String text) throws MalformedCatalogException {
    CurInfoReader in = new CurInfoReader(file, text);
    in.expectVersion();
    int command = in.intField("command:");
    CurInfo.Perf full = new CurInfo.Perf(in.numbers("full-rate:"), in.numbers("full-comp:"));
    CurInfo.Perf incr = new CurInfo.Perf(in.numbers("incr-rate:"), in.numbers("incr-comp:"));
    List<CurInfo.LevelStats> stats = new ArrayList<>();
    while (in.nextStartsWith("stats:")) {
      stats.add(in.levelStats());
    }
    long[] last = in.longs("last_level:", 2, 2);
    List<CurInfo.History> history = new ArrayList<>();
    while (in.nextStartsWith("history:")) {
      CurInfo.History entry = in.history();
      // infofile.c keeps the first NB_HISTORY entries and ignores the rest of the record.
      if (history.size() < CurInfo.MAX_HISTORY) {
        history.add(entry);
      }
    }
    in.expectEnd();
    return new CurInfo(command, full, incr, stats, (int) last[0], (int) last[1], history);
  }

  private static void perfLine(StringBuilder out, String key, List<Double> values) {
    out.append(key);
    for (double value : values) {
      out.append(' ').append(CurInfo.decimal(value));
    }
    out.append('\n');
  }
}
