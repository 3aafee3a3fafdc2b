package org.jamanda.storage.vtape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jamanda.storage.header.FileHeader;
import org.jamanda.storage.header.FileType;
import org.jamanda.storage.header.HeaderCodec;
import org.jamanda.storage.header.MalformedHeaderException;

/**
 * A read-only view of a {@code chg-disk} changer directory: its {@code slotN} directories, the
 * label in each, and the files on each volume. Every call reads the directory afresh, so the view
 * is as current as the disk; it holds no state and is thread-safe.
 *
 * <pre>
 * vtapes/slot3/00000.Lab-3
 * vtapes/slot3/00001.amlab-bsd._srv_amanda-lab_data_bsd.0
 * </pre>
 */
public final class VtapeSlots {
  private static final String SLOT_PREFIX = "slot";

  private final Path root;

  /** A view of the changer directory {@code root}, which need not exist yet. */
  public VtapeSlots(Path root) {
    this.root = root;
  }

  /** The changer directory. */
  public Path root() {
    return root;
  }

  /** The numbers of the {@code slotN} directories, ascending; other entries are ignored. */
  public List<Integer> slots() throws IOException {
    List<Integer> numbers = new ArrayList<>();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        slotNumber(entry).ifPresent(numbers::add);
      }
    }
    numbers.sort(Comparator.naturalOrder());
    return numbers;
  }

  private static Optional<Integer> slotNumber(Path entry) {
    String name = entry.getFileName().toString();
    String digits = name.startsWith(SLOT_PREFIX) ? name.substring(SLOT_PREFIX.length()) : "";
    boolean numeric =
        !digits.isEmpty() && digits.length() < 10 && digits.chars().allMatch(Character::isDigit);
    if (!numeric || !Files.isDirectory(entry)) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }

  /** The directory of slot {@code slot}. */
  public Path slotDirectory(int slot) {
    return root.resolve(SLOT_PREFIX + slot);
  }

  /** The volume files of slot {@code slot}, by file number. */
  public List<VtapeFile> files(int slot) throws IOException {
    return filesIn(slotDirectory(slot));
  }

  /** The volume files in slot directory {@code directory}, by file number. */
  static List<VtapeFile> filesIn(Path directory) throws IOException {
    List<VtapeFile> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        VtapeFile.tryFileNumber(entry.getFileName().toString())
            .filter(n -> Files.isRegularFile(entry))
            .ifPresent(n -> files.add(new VtapeFile(n, entry)));
      }
    }
    files.sort(Comparator.comparingInt(VtapeFile::fileNumber).thenComparing(VtapeFile::path));
    return files;
  }

  /**
   * The label block of the volume in slot {@code slot}, or empty when the slot holds no file 0.
   *
   * @throws MalformedHeaderException when file 0 is not an Amanda {@code TAPESTART} block
   */
  public Optional<FileHeader> labelHeader(int slot) throws IOException {
    Optional<VtapeFile> labelFile =
        files(slot).stream().filter(f -> f.fileNumber() == 0).findFirst();
    if (labelFile.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(readLabelHeader(labelFile.get().path()));
  }

  /**
   * The label block in {@code file}.
   *
   * @throws MalformedHeaderException when the file does not start with a {@code TAPESTART} block
   */
  static FileHeader readLabelHeader(Path file) throws IOException {
    FileHeader header = readHeader(file);
    if (header.type() != FileType.TAPESTART) {
      MalformedHeaderException notLabel =
          new MalformedHeaderException(
              "file type", "a label file must be TAPESTART", header.type().name());
      throw new MalformedHeaderException(file.toString(), notLabel);
    }
    return header;
  }

  /** The label of the volume in slot {@code slot}, or empty for an empty slot. */
  public Optional<String> label(int slot) throws IOException {
    return labelHeader(slot).map(FileHeader::label);
  }

  /**
   * The header block at the start of {@code file}.
   *
   * @throws MalformedHeaderException when the file is shorter than a block or holds no header
   */
  public static FileHeader readHeader(Path file) throws IOException {
    byte[] block;
    try (InputStream in = Files.newInputStream(file)) {
      block = in.readNBytes(HeaderCodec.BLOCK_BYTES);
    }
    try {
      if (block.length < HeaderCodec.BLOCK_BYTES) {
        throw new MalformedHeaderException(
            "block",
            "truncated after "
                + block.length
                + " bytes, a header block is "
                + HeaderCodec.BLOCK_BYTES,
            new String(block, StandardCharsets.ISO_8859_1));
      }
      return HeaderCodec.parse(block);
    } catch (MalformedHeaderException e) {
      throw new MalformedHeaderException(file.toString(), e);
    }
  }
}
