package org.jamanda.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jamanda.config.parse.ConfigException;

/**
 * The disklist of a configuration: its DLEs in file order, with the dumptypes defined inline in the
 * disklist.
 *
 * <p>Loading checks what Amanda's diskfile.c and amcheck check: every dumptype and interface is
 * defined, no host+disk appears twice, a host is spelled one way, two names do not map to the same
 * file name, and all DLEs of one host use the same auth. Immutable and thread-safe.
 */
public final class Disklist {
  private final Path file;
  private final List<Dle> entries;
  private final List<Section> inlineDumptypes;

  Disklist(Path file, List<Dle> entries, List<Section> inlineDumptypes) {
    this.file = file;
    this.entries = List.copyOf(entries);
    this.inlineDumptypes = List.copyOf(inlineDumptypes);
  }

  /** Reads the disklist {@code config} names ({@code diskfile}). */
  public static Disklist read(ServerConfig config) throws ConfigException {
    return read(config, config.diskfile());
  }

  /** Reads {@code file} as a disklist of {@code config}. */
  public static Disklist read(ServerConfig config, Path file) throws ConfigException {
    return new DisklistReader(config).read(file);
  }

  public Path file() {
    return file;
  }

  /** The DLEs, in the order of the file. */
  public List<Dle> entries() {
    return entries;
  }

  /** The hosts, in the order they first appear. */
  public List<String> hosts() {
    Set<String> hosts = new LinkedHashSet<>();
    entries.forEach(dle -> hosts.add(dle.host()));
    return List.copyOf(hosts);
  }

  /** The DLEs of {@code host}, in file order. */
  public List<Dle> entriesOf(String host) {
    return entries.stream().filter(dle -> dle.host().equals(host)).toList();
  }

  /**
   * Dumptypes defined inline in the disklist, named {@code custom(HOST:DISK).N} as Amanda names
   * them, and the anonymous applications or scripts inside them.
   */
  public List<Section> inlineSections() {
    return inlineDumptypes;
  }
}
