package org.jamanda.storage.vtape;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One file of a vtape slot: its number on the volume and its path. File 0 is the label file, the
 * rest are dump parts named {@code NNNNN.host.disk.level}. Immutable.
 *
 * @param fileNumber the file's position on the volume, from 0
 * @param path the file in its slot directory
 */
public record VtapeFile(int fileNumber, Path path) {
  /**
   * The name Amanda's vfs device gives a dump part: five-digit file number, host, disk and level,
   * with every {@code /}, {@code :} and {@code \} turned into {@code _} ({@code sanitise_filename}
   * in {@code common-src/file.c}).
   *
   * <pre>
   * 00002.localhost._srv_amanda-lab_data_classic.0
   * </pre>
   */
  public static String dumpFileName(int fileNumber, String host, String disk, int level) {
    String name = String.format(Locale.ROOT, "%05d.%s.%s.%d", fileNumber, host, disk, level);
    return name.replace('/', '_').replace(':', '_').replace('\\', '_');
  }

  /** The name Amanda's vfs device gives the label file of volume {@code label}. */
  public static String labelFileName(String label) {
    return "00000." + label;
  }

  /**
   * The file number of a name that starts with digits and a dot, as the vfs device finds files (it
   * matches {@code ^0*N\.}); empty for any other name, such as lock files.
   */
  public static Optional<Integer> tryFileNumber(String fileName) {
    int dot = fileName.indexOf('.');
    if (dot < 1 || dot > 9 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    String digits = fileName.substring(0, dot);
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }

  /** The file's name without its directory. */
  public String fileName() {
    return path.getFileName().toString();
  }
}
