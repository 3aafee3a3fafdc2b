package org.jamanda.storage.vtape;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.jamanda.storage.header.FileHeader;
import org.jamanda.storage.header.HeaderCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One vtape volume, the slot directory of a {@code chg-disk} changer, written as Amanda's vfs
 * device writes it: file {@code 00000.<label>} holds the 32 KiB {@code TAPESTART} block and each
 * dump is a file {@code NNNNN.host.disk.level} of a 32 KiB header block followed by the image.
 *
 * <p>Every file is written under a temporary name and renamed when complete, so a failed write
 * leaves the volume as it was. Not thread-safe, and not safe against a second process on the same
 * slot: one taper or amlabel owns a device at a time (Amanda serialises them with a changer lock,
 * which is not implemented here).
 */
public final class VtapeDevice {
  private static final Logger log = LoggerFactory.getLogger(VtapeDevice.class);

  /** The datestamp of a volume labelled but never written, as amlabel writes it. */
  public static final String UNUSED_DATESTAMP = "X";

  /** Names of files being written start with this; they match no file number. */
  private static final String TEMP_PREFIX = ".writing-";

  private final Path slot;
  private final LabelPattern labelstr;

  private VtapeDevice(Path slot, LabelPattern labelstr) {
    this.slot = slot;
    this.labelstr = labelstr;
  }

  /**
   * Opens the volume in {@code slotDirectory}; labels must match {@code labelstr}.
   *
   * @throws NoSuchFileException when the directory does not exist
   */
  public static VtapeDevice open(Path slotDirectory, LabelPattern labelstr) throws IOException {
    if (!Files.isDirectory(slotDirectory)) {
      throw new NoSuchFileException(slotDirectory.toString(), null, "no such slot directory");
    }
    return new VtapeDevice(slotDirectory, labelstr);
  }

  /** The slot directory. */
  public Path directory() {
    return slot;
  }

  /** The volume's files by file number, the label file first. */
  public List<VtapeFile> files() throws IOException {
    return VtapeSlots.filesIn(slot);
  }

  /**
   * The label block, or empty for a volume never labelled.
   *
   * @throws org.jamanda.storage.header.MalformedHeaderException when file 0 is not a label block
   */
  public Optional<FileHeader> volumeHeader() throws IOException {
    Optional<VtapeFile> labelFile = labelFile();
    if (labelFile.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(VtapeSlots.readLabelHeader(labelFile.get().path()));
  }

  /**
   * Labels the volume {@code label} with {@code datestamp} ({@link #UNUSED_DATESTAMP} for a fresh
   * label), erasing every file on it, as amlabel does.
   *
   * @param force true to overwrite a volume that already holds a label
   * @throws VolumeLabelException when the volume holds a label and {@code force} is false, or
   *     {@code label} does not match {@code labelstr}
   */
  public FileHeader label(String label, String datestamp, boolean force) throws IOException {
    if (!labelstr.matches(label)) {
      throw new VolumeLabelException(
          "Label '" + label + "' doesn't match the labelstr '" + labelstr.text() + "'.");
    }
    Optional<VtapeFile> old = labelFile();
    if (old.isPresent() && !force) {
      throw new VolumeLabelException(
          "Volume in "
              + slot
              + " already holds "
              + old.get().fileName()
              + "; not relabelling it"
              + " without force");
    }
    eraseAll();
    FileHeader header = FileHeader.tapestart(datestamp, label);
    writeAtomically(VtapeFile.labelFileName(label), header, InputStream.nullInputStream());
    log.info("volume labelled label={} datestamp={} slot={}", label, datestamp, slot);
    return header;
  }

  /**
   * Starts a run that overwrites the volume: rewrites the label block with the run's {@code
   * datestamp} and erases the dumps on it, as Amanda's vfs device does when a volume is reused.
   *
   * @throws VolumeLabelException when the volume has no label
   */
  public FileHeader startWrite(String datestamp) throws IOException {
    FileHeader old = volumeHeader().orElseThrow(this::notLabelled);
    return label(old.label(), datestamp, true);
  }

  /**
   * Writes the next file of the volume: {@code header}'s block, then all of {@code image}. The
   * caller keeps ownership of {@code image}. When reading {@code image} or writing fails, no new
   * file is left behind and the earlier files are untouched.
   *
   * @return the file written
   * @throws VolumeLabelException when the volume has no label
   * @throws IllegalArgumentException when {@code header} is not a dump's header
   */
  public VtapeFile appendDump(FileHeader header, InputStream image) throws IOException {
    if (!header.type().isDump()) {
      throw new IllegalArgumentException("not a dump header: " + header.type());
    }
    if (labelFile().isEmpty()) {
      throw notLabelled();
    }
    List<VtapeFile> files = files();
    int number = files.get(files.size() - 1).fileNumber() + 1;
    String name = VtapeFile.dumpFileName(number, header.host(), header.disk(), header.level());
    Path written = writeAtomically(name, header, image);
    log.info("dump file written file={} slot={} bytes={}", number, slot, Files.size(written));
    return new VtapeFile(number, written);
  }

  /**
   * Opens dump file {@code fileNumber}; the caller closes the returned stream.
   *
   * @throws NoSuchFileException when the volume has no such file
   * @throws org.jamanda.storage.header.MalformedHeaderException when its header cannot be read
   */
  public DumpFile readDump(int fileNumber) throws IOException {
    VtapeFile file =
        files().stream()
            .filter(f -> f.fileNumber() == fileNumber && fileNumber > 0)
            .findFirst()
            .orElseThrow(
                () -> new NoSuchFileException(slot.toString(), null, "no file " + fileNumber));
    FileHeader header = VtapeSlots.readHeader(file.path());
    InputStream in = Files.newInputStream(file.path());
    try {
      in.skipNBytes(HeaderCodec.BLOCK_BYTES);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new DumpFile(fileNumber, header, in);
  }

  private Optional<VtapeFile> labelFile() throws IOException {
    return files().stream().filter(f -> f.fileNumber() == 0).findFirst();
  }

  private VolumeLabelException notLabelled() {
    return new VolumeLabelException("Volume in " + slot + " has no label; label it first");
  }

  private void eraseAll() throws IOException {
    for (VtapeFile file : files()) {
      Files.delete(file.path());
    }
  }

  /** Writes header block and image to a temporary file, then renames it to {@code name}. */
  private Path writeAtomically(String name, FileHeader header, InputStream image)
      throws IOException {
    Path temp = slot.resolve(TEMP_PREFIX + name);
    Path target = slot.resolve(name);
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        out.write(HeaderCodec.format(header));
        image.transferTo(out);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException | RuntimeException e) {
      deleteAfterFailure(temp, e);
      throw e;
    }
  }

  private static void deleteAfterFailure(Path temp, Exception failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
