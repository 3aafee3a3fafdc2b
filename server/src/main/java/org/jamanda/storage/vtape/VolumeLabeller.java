package org.jamanda.storage.vtape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.jamanda.storage.header.FileHeader;
import org.jamanda.storage.header.MalformedHeaderException;

/**
 * Labels a volume of a disk changer and records it in the tapelist, with the checks and progress
 * messages of Amanda's {@code amlabel} ({@code perl/Amanda/Label.pm}). Not thread-safe; the
 * tapelist is not locked against a concurrent writer.
 *
 * <pre>
 * Reading label...
 * Found an empty tape.
 * Writing label 'Lab-4'...
 * Checking label...
 * Success!
 * </pre>
 */
public final class VolumeLabeller {
  private static final String NOT_WRITING = "Not writing label.";

  private final DiskChanger changer;
  private final Path tapelistFile;
  private final String config;
  private final Consumer<String> progress;

  /**
   * @param config the configuration name, written as the new entry's pool, storage and config
   * @param progress receives each progress line as amlabel prints it on standard output
   */
  public VolumeLabeller(
      DiskChanger changer, Path tapelistFile, String config, Consumer<String> progress) {
    this.changer = changer;
    this.tapelistFile = tapelistFile;
    this.config = config;
    this.progress = progress;
  }

  /**
   * Labels the volume in {@code slot} as {@code label}, never-used ({@code X}), and adds it to the
   * tapelist with datestamp {@code 0}.
   *
   * @param force true to overwrite a labelled volume, as {@code amlabel -f}
   * @throws VolumeLabelException when a check refuses; its message is Amanda's
   */
  public TapelistEntry label(String label, int slot, boolean force) throws IOException {
    Tapelist tapelist = Tapelist.read(tapelistFile);
    if (tapelist.find(label).isPresent() && !force) {
      throw new VolumeLabelException("Label '" + label + "' already on a volume");
    }
    progress.accept("Reading label...");
    if (!changer.hasSlot(slot)) {
      throw reported("Slot " + slot + " not found");
    }
    VtapeDevice device = changer.open(slot);
    checkOldVolume(device, tapelist, force);
    if (!changer.labelstr().matches(label)) {
      throw reported(
          "Label '" + label + "' doesn't match the labelstr '" + changer.labelstr().text() + "'.");
    }

    progress.accept("Writing label '" + label + "'...");
    device.label(label, VtapeDevice.UNUSED_DATESTAMP, true);
    progress.accept("Checking label...");
    checkReadBack(device, label);

    TapelistEntry entry =
        new TapelistEntry("0", label, true, "", "", 32, config, config, config, Optional.empty());
    tapelist.with(entry).write(tapelistFile);
    progress.accept("Success!");
    return entry;
  }

  /** Says what the slot holds, and refuses to overwrite it without force. */
  private void checkOldVolume(VtapeDevice device, Tapelist tapelist, boolean force)
      throws IOException {
    Optional<FileHeader> old;
    try {
      old = device.volumeHeader();
    } catch (MalformedHeaderException e) {
      progress.accept("Found a non-Amanda tape.");
      refuseUnless(force);
      return;
    }
    if (old.isEmpty()) {
      progress.accept("Found an empty tape.");
      return;
    }
    String oldLabel = old.get().label();
    if (tapelist.find(oldLabel).isEmpty()) {
      progress.accept("Found label '" + oldLabel + "' but it is not in the tapelist file.");
      refuseUnless(force);
      return;
    }
    progress.accept(
        "Volume with label '"
            + oldLabel
            + "' is active and contains data from this configuration.");
    refuseUnless(force);
    progress.accept(
        "Consider using 'amrmtape' to remove volume '" + oldLabel + "' from the catalog.");
  }

  private void refuseUnless(boolean force) throws VolumeLabelException {
    if (!force) {
      throw reported(NOT_WRITING);
    }
  }

  private void checkReadBack(VtapeDevice device, String label) throws IOException {
    FileHeader back = device.volumeHeader().orElseThrow(() -> reported("No label found."));
    if (!back.label().equals(label)) {
      throw reported(
          "Read back a different label: got '" + back.label() + "', but expected '" + label + "'.");
    }
  }

  /** Prints {@code message} as progress too, as amlabel does with the error that stops it. */
  private VolumeLabelException reported(String message) {
    progress.accept(message);
    return new VolumeLabelException(message);
  }
}
