package org.jamanda.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jamanda.server.catalog.SafeNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index files of one configuration's {@code indexdir}, named as Amanda 3.5.1's {@code
 * server-src/amindex.c} names them:
 *
 * <pre>
 * indexdir/localhost/_srv_data/20261203162552_0-unsorted.gz   INDEX stream, gzipped as received
 * indexdir/localhost/_srv_data/20261203162552_0.header        dump file header
 * indexdir/localhost/_srv_data/20261203162552_0.state.gz      STATE stream (amgtar)
 * </pre>
 *
 * Immutable and thread-safe; concurrent writers of the same dump are the caller's problem.
 */
public final class IndexFiles {
  private static final Logger log = LoggerFactory.getLogger(IndexFiles.class);

  /** The longest index line read, as Amanda's {@code STR_SIZE} buffer in amindexd. */
  public static final int MAX_LINE_CHARS = 4096;

  private final Path indexDir;

  public IndexFiles(Path indexDir) {
    this.indexDir = indexDir;
  }

  /** {@code <indexdir>/<sanitised host>/<sanitised disk>}. */
  public Path dleDir(String host, String disk) {
    return indexDir.resolve(SafeNames.sanitise(host)).resolve(SafeNames.sanitise(disk));
  }

  /** {@code <ts>_<level>-unsorted.gz}: what the dumper writes. */
  public Path unsortedGz(String host, String disk, String datestamp, int level) {
    return file(host, disk, datestamp, level, "-unsorted.gz");
  }

  /** {@code <ts>_<level>-unsorted}: what amindexd leaves after sorting (the name is not a flag). */
  public Path unsorted(String host, String disk, String datestamp, int level) {
    return file(host, disk, datestamp, level, "-unsorted");
  }

  public Path sorted(String host, String disk, String datestamp, int level) {
    return file(host, disk, datestamp, level, "-sorted");
  }

  public Path sortedGz(String host, String disk, String datestamp, int level) {
    return file(host, disk, datestamp, level, "-sorted.gz");
  }

  public Path header(String host, String disk, String datestamp, int level) {
    return file(host, disk, datestamp, level, ".header");
  }

  public Path stateGz(String host, String disk, String datestamp, int level) {
    return file(host, disk, datestamp, level, ".state.gz");
  }

  /**
   * Every name amindexd's {@code get_index_name} tries, in its order: sorted, sorted.gz, unsorted,
   * unsorted.gz, then {@code <ts>_<level>.gz} under the host as given and lower-cased, then the
   * same under the pre-2.4 sanitising.
   */
  public List<Path> lookupOrder(String host, String disk, String datestamp, int level) {
    String lower = host.toLowerCase(Locale.ROOT);
    String name = IndexNames.datestamp(datestamp) + "_" + level + ".gz";
    List<Path> order = new ArrayList<>();
    order.add(sorted(host, disk, datestamp, level));
    order.add(sortedGz(host, disk, datestamp, level));
    order.add(unsorted(host, disk, datestamp, level));
    order.add(unsortedGz(host, disk, datestamp, level));
    order.add(dleDir(host, disk).resolve(name));
    order.add(dleDir(lower, disk).resolve(name));
    order.add(oldDir(host, disk).resolve(name));
    order.add(oldDir(lower, disk).resolve(name));
    return order.stream().distinct().toList();
  }

  /** The first index file that exists, in {@link #lookupOrder} order. */
  public Optional<Path> find(String host, String disk, String datestamp, int level) {
    return lookupOrder(host, disk, datestamp, level).stream()
        .filter(Files::isRegularFile)
        .findFirst();
  }

  /**
   * Stores a dump's INDEX stream, byte for byte as received, gzipped to {@code -unsorted.gz}. The
   * file appears under its name only once complete (written to {@code .tmp}, then moved).
   *
   * @return the stored file
   */
  public Path writeIndex(String host, String disk, String datestamp, int level, InputStream stream)
      throws IOException {
    return writeGzipped(unsortedGz(host, disk, datestamp, level), stream);
  }

  /** Stores a dump's STATE stream (amgtar) gzipped to {@code .state.gz}, as {@link #writeIndex}. */
  public Path writeState(String host, String disk, String datestamp, int level, InputStream stream)
      throws IOException {
    return writeGzipped(stateGz(host, disk, datestamp, level), stream);
  }

  /**
   * The paths of one dump's index, sorted as amindexd sorts them (byte order), from the first file
   * of {@link #lookupOrder} that exists, gunzipped when its name ends in {@code .gz}. Unlike
   * amindexd, this sorts in memory and leaves no sorted {@code -unsorted} copy beside the file.
   *
   * @throws NoSuchFileException when no index file exists, naming the DLE
   * @throws IndexLineTooLongException when a line exceeds {@link #MAX_LINE_CHARS}
   */
  public List<String> readPaths(String host, String disk, String datestamp, int level)
      throws IOException {
    Path file =
        find(host, disk, datestamp, level)
            .orElseThrow(
                () ->
                    new NoSuchFileException(
                        dleDir(host, disk).toString(),
                        null,
                        String.format(
                            "index file not found for host '%s' disk '%s' level '%d' date '%s'",
                            host, disk, level, datestamp)));
    List<String> paths = readLines(file);
    paths.sort(IndexNames.BYTE_ORDER);
    return paths;
  }

  /** The lines of {@code file}, in file order, gunzipped when its name ends in {@code .gz}. */
  public static List<String> readLines(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.length() > MAX_LINE_CHARS) {
          throw new IndexLineTooLongException(file, lines.size() + 1, line.length());
        }
        lines.add(line);
      }
      return lines;
    }
  }

  private static Path writeGzipped(Path target, InputStream stream) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    long bytes;
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
      bytes = stream.transferTo(out);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    log.debug("index file stored file={} bytes={}", target, bytes);
    return target;
  }

  private Path file(String host, String disk, String datestamp, int level, String suffix) {
    return dleDir(host, disk).resolve(IndexNames.datestamp(datestamp) + "_" + level + suffix);
  }

  private Path oldDir(String host, String disk) {
    return indexDir.resolve(SafeNames.sanitiseOld(host)).resolve(SafeNames.sanitiseOld(disk));
  }
}
