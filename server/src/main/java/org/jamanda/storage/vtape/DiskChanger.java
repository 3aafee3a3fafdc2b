package org.jamanda.storage.vtape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.config.ChangerParameters;
import org.jamanda.config.Section;
import org.jamanda.config.SectionKind;
import org.jamanda.config.ServerConfig;
import org.jamanda.storage.header.FileHeader;

/**
 * Amanda's {@code chg-disk} changer: a directory of {@code slotN} directories, each one vtape
 * volume. Holds no state beyond the directory and the label rule, so it is thread-safe; the devices
 * it opens are not.
 *
 * <pre>
 * tpchanger "chg-disk:/srv/amanda/vtapes"
 * </pre>
 */
public final class DiskChanger {
  /** The prefix of a {@code tpchanger} value naming a disk changer. */
  public static final String PREFIX = "chg-disk:";

  private final VtapeSlots slots;
  private final LabelPattern labelstr;

  public DiskChanger(Path root, LabelPattern labelstr) {
    this.slots = new VtapeSlots(root);
    this.labelstr = labelstr;
  }

  /**
   * The changer of {@code config}: its {@code tpchanger}, directly {@code chg-disk:DIR} or the name
   * of a {@code define changer} whose {@code tpchanger} is.
   *
   * @throws UnsupportedChangerException for any other changer
   * @throws VolumeLabelException when the configuration's label rule cannot be read
   */
  public static DiskChanger of(ServerConfig config) throws IOException {
    String tpchanger = config.tpchanger();
    Optional<Section> named = config.section(SectionKind.CHANGER, tpchanger);
    String value = named.map(s -> s.value(ChangerParameters.TPCHANGER)).orElse(tpchanger);
    // LIMITATION: only chg-disk:DIR changers are driven (no chg-single, chg-robot, chg-multi, a
    // bare tapedev, or the old "chg-disk" with tapedev "file:DIR"). Any other tpchanger stops the
    // command with UnsupportedChangerException naming the setting. Lifting it needs a changer
    // interface with one class per kind, and a tape device for the real ones.
    if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
      throw new UnsupportedChangerException(
          "tpchanger '" + value + "' is not supported; jamanda drives only chg-disk:DIR changers");
    }
    LabelPattern pattern = LabelPattern.of(config.labelstr(), config.autolabel(), config.name());
    return new DiskChanger(Path.of(value.substring(PREFIX.length())), pattern);
  }

  /** The changer directory. */
  public Path root() {
    return slots.root();
  }

  /** The rule labels must follow. */
  public LabelPattern labelstr() {
    return labelstr;
  }

  /** The slot numbers, ascending. */
  public List<Integer> slotNumbers() throws IOException {
    return slots.slots();
  }

  /** True when the changer has slot {@code slot}. */
  public boolean hasSlot(int slot) throws IOException {
    return slots.slots().contains(slot);
  }

  /**
   * Opens the volume in slot {@code slot}.
   *
   * @throws java.nio.file.NoSuchFileException when there is no such slot
   */
  public VtapeDevice open(int slot) throws IOException {
    return VtapeDevice.open(slots.slotDirectory(slot), labelstr);
  }

  /** What every slot holds, by slot number; a volume that cannot be read carries the reason. */
  public List<SlotVolume> inventory() throws IOException {
    List<SlotVolume> volumes = new ArrayList<>();
    for (int slot : slots.slots()) {
      volumes.add(volumeIn(slot));
    }
    return volumes;
  }

  private SlotVolume volumeIn(int slot) {
    try {
      Optional<FileHeader> label = slots.labelHeader(slot);
      return new SlotVolume(slot, label, Optional.empty());
    } catch (IOException e) {
      return new SlotVolume(slot, Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
    }
  }
}
