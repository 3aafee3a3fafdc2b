package org.jamanda.server.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The curinfo record of one DLE, {@code curinfo/<host>/<disk>/info}, as Amanda 3.5.1's {@code
 * server-src/infofile.c} keeps it: dump rates, per-level statistics, the last level and the history
 * of past dumps. Immutable; {@link CurInfoFile} reads and writes it.
 *
 * <pre>
 * version: 0
 * command: 0
 * full-rate: 3080.000000 3080.000000 3080.000000
 * stats: 0 3080 3080 0 1796315679 2 Lab-4        level size csize secs epoch [filenum label]
 * last_level: 0 4                                level consecutive-runs
 * history: 0 3080 3080 1796315679 0              level size csize epoch secs
 * //
 * </pre>
 */
public record CurInfo(
    int command,
    Perf full,
    Perf incr,
    List<LevelStats> stats,
    int lastLevel,
    int consecutiveRuns,
    List<History> history) {
  /** Levels run 0 to 399, as {@code DUMP_LEVELS} in {@code common-src/amanda.h}. */
  public static final int DUMP_LEVELS = 400;

  /** The most history entries kept, as {@code NB_HISTORY} in {@code infofile.h}. */
  public static final int MAX_HISTORY = 100;

  /** Up to three recent rates (KiB/s) and compression ratios, newest first. */
  public record Perf(List<Double> rates, List<Double> comps) {
    public Perf {
      rates = List.copyOf(rates);
      comps = List.copyOf(comps);
    }
  }

  /**
   * The last dump at one level: sizes in KiB, {@code secs} taken, {@code epoch} seconds, and the
   * tape file and label when it reached a volume ({@code label} empty otherwise).
   */
  public record LevelStats(
      int level, long sizeKb, long csizeKb, long secs, long epoch, long fileNumber, String label) {
    public boolean onVolume() {
      return !label.isEmpty();
    }
  }

  /** One past dump, newest first; {@code secs} is -1 when the file did not say. */
  public record History(int level, long sizeKb, long csizeKb, long epoch, long secs) {}

  public CurInfo {
    if (history.size() > MAX_HISTORY) {
      throw new IllegalArgumentException("more than " + MAX_HISTORY + " history entries");
    }
    stats = List.copyOf(stats);
    history = List.copyOf(history);
  }

  /** {@code <curinfoDir>/<sanitised host>/<sanitised disk>/info}, as {@code infofile.c}. */
  public static Path path(Path curinfoDir, String host, String disk) {
    return curinfoDir
        .resolve(SafeNames.sanitise(host))
        .resolve(SafeNames.sanitise(disk))
        .resolve("info");
  }

  /** A number as C's {@code %lf}: six decimals. */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%f", value);
  }
}
