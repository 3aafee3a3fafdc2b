package org.jamanda.application;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One disk list entry to dump or estimate with GNU tar: whose it is ({@code host}, {@code disk}),
 * the directory tar reads, the level, and the exclude and include patterns. Immutable.
 *
 * @param host the client's name as the server knows it; the first part of the snapshot name
 * @param disk the DLE's disk name, e.g. {@code /srv/data}; the second part of the snapshot name
 * @param directory the directory tar changes into and archives as {@code .}
 * @param level the dump level, 0 (full) to 9
 * @param excludes GNU tar exclude patterns, passed through {@code --exclude-from}
 * @param includes paths relative to {@code directory} ({@code ./sub}); empty means everything
 */
public record DumpRequest(
    String host,
    String disk,
    Path directory,
    int level,
    List<String> excludes,
    List<String> includes) {
  /** The highest dump level Amanda knows ({@code DUMP_LEVELS} - 1). */
  public static final int MAX_LEVEL = 9;

  /** Checks the fields and copies the lists. */
  public DumpRequest {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(disk, "disk");
    Objects.requireNonNull(directory, "directory");
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException(
          "level " + level + " of " + disk + " is not between 0 and " + MAX_LEVEL);
    }
    excludes = List.copyOf(excludes);
    includes = List.copyOf(includes);
  }

  /** A request without exclude or include patterns. */
  public static DumpRequest of(String host, String disk, Path directory, int level) {
    return new DumpRequest(host, disk, directory, level, List.of(), List.of());
  }
}
