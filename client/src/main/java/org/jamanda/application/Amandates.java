package org.jamanda.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jamanda.common.Quoting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's {@code amandates} file: when each disk was last dumped at each level, one {@code
 * <quoted disk> <level> <epoch seconds>} line per known date, disks in byte order and levels
 * ascending, as Amanda's {@code client-src/amandates.c} writes it:
 *
 * <pre>
 * /srv/amanda-lab/data/bsd 0 1796315712
 * "/srv/my data" 1 1796315740
 * </pre>
 *
 * <p>Not thread-safe; callers serialise access (Amanda locks the file).
 */
public final class Amandates {
  private static final Logger log = LoggerFactory.getLogger(Amandates.class);
  private static final long NEVER = 0;

  // TreeMap's String order equals strcmp's byte order for names without surrogate pairs.
  private final Map<String, long[]> dates = new TreeMap<>();

  /** An empty table, as for a missing file. */
  public Amandates() {}

  /**
   * Reads {@code file}; a missing file gives an empty table.
   *
   * @throws AmandatesException when a line is malformed, naming file:line:column and the token
   */
  public static Amandates read(Path file) throws IOException {
    Amandates table = new Amandates();
    if (!Files.exists(file)) {
      return table;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      AmandatesLine.parse(file, i + 1, lines.get(i)).ifPresent(table::put);
    }
    return table;
  }

  /** The epoch seconds of the last dump of {@code disk} at {@code level}, if any. */
  public OptionalLong lastDump(String disk, int level) {
    long[] levels = dates.get(disk);
    if (levels == null || levels[checkLevel(level)] == NEVER) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(levels[level]);
  }

  /**
   * Records a dump of {@code disk} at {@code level} at {@code epochSeconds}. A date older than the
   * one recorded is ignored (and logged), as Amanda ignores it.
   */
  public void update(String disk, int level, long epochSeconds) {
    long[] levels = dates.computeIfAbsent(disk, d -> new long[DumpRequest.MAX_LEVEL + 1]);
    if (epochSeconds < levels[checkLevel(level)]) {
      log.warn(
          "event=amandates_older_date disk={} level={} new={} old={}",
          Quoting.quote(disk),
          level,
          epochSeconds,
          levels[level]);
      return;
    }
    levels[level] = epochSeconds;
  }

  /** The file's text. */
  public String format() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, long[]> entry : dates.entrySet()) {
      long[] levels = entry.getValue();
      for (int level = 0; level < levels.length; level++) {
        if (levels[level] != NEVER) {
          out.append(Quoting.quote(entry.getKey())).append(' ').append(level);
          out.append(' ').append(levels[level]).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Writes the table to {@code file} through a temporary file renamed into place. */
  public void write(Path file) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".new");
    Files.writeString(temp, format(), StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void put(AmandatesLine line) {
    long[] levels = dates.computeIfAbsent(line.disk(), d -> new long[DumpRequest.MAX_LEVEL + 1]);
    levels[line.level()] = Math.max(levels[line.level()], line.epochSeconds());
  }

  private static int checkLevel(int level) {
    if (level < 0 || level > DumpRequest.MAX_LEVEL) {
      throw new IllegalArgumentException("level " + level + " is not between 0 and 9");
    }
    return level;
  }

  @Override
  public String toString() {
    return format();
  }
}
