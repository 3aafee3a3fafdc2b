package org.jamanda.server.amcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a virtual tape (a chg-disk slot directory) holds, read from its label file: the first 32 KiB
 * block of {@code 00000.<label>}, whose first line names the volume.
 *
 * <pre>
 * AMANDA: TAPESTART DATE 20261203162552 TAPE Lab-3
 * AMANDA: TAPESTART DATE X TAPE Lab-4              (labelled, never written)
 * </pre>
 */
sealed interface VolumeLabel {
  /** The size of a tape header block; nothing past it is read. */
  int BLOCK_BYTES = 32 * 1024;

  /**
   * A labelled volume.
   *
   * @param date the date it was last written, {@code X} for never
   * @param label its label
   */
  record Labelled(String date, String label) implements VolumeLabel {
    /** True for a volume labelled but never written ({@code DATE X}). */
    boolean isNew() {
      return date.equals("X");
    }
  }

  /** No label file: a volume nobody labelled. */
  record Empty() implements VolumeLabel {}

  /** A label file whose first line is not an Amanda tape header. */
  record NotAmanda(String firstLine) implements VolumeLabel {}

  /** The label file could not be read. */
  record Unreadable(String reason) implements VolumeLabel {}

  Pattern TAPESTART = Pattern.compile("AMANDA: TAPESTART DATE (\\S+) TAPE (\\S+)\\s*");

  /** Reads the label of the volume in {@code slot}. */
  static VolumeLabel read(Path slot) {
    try {
      Optional<Path> file = labelFile(slot);
      if (file.isEmpty()) {
        return new Empty();
      }
      String first = firstLine(file.get());
      Matcher m = TAPESTART.matcher(first);
      return m.matches() ? new Labelled(m.group(1), m.group(2)) : new NotAmanda(first);
    } catch (IOException e) {
      return new Unreadable(e.toString());
    }
  }

  private static Optional<Path> labelFile(Path slot) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(slot, "00000.*")) {
      files.forEach(found::add);
    }
    return found.stream().sorted().findFirst();
  }

  private static String firstLine(Path file) throws IOException {
    byte[] block;
    try (InputStream in = Files.newInputStream(file)) {
      block = in.readNBytes(BLOCK_BYTES);
    }
    String text = new String(block, StandardCharsets.ISO_8859_1);
    int end = text.indexOf('\n');
    return end < 0 ? text.replace("\0", "") : text.substring(0, end);
  }
}
