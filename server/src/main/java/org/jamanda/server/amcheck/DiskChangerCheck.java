package org.jamanda.server.amcheck;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The tape check for a {@code chg-disk:DIR} changer: the directory and its {@code slotN}
 * directories exist, each slot's label, and the volume the next run would write to.
 *
 * <pre>
 * slot 1: volume 'Lab-1'
 * slot 2: volume 'Lab-2'
 * Will write to volume 'Lab-2' in slot 2.
 * NOTE: skipping tape-writable test
 * </pre>
 *
 * <p>A volume labelled but never written ({@code DATE X}) whose label matches {@code labelstr} is
 * taken first; then an empty slot when {@code autolabel} may label empty volumes.
 *
 * <p>LIMITATION: the tapelist, {@code tapecycle} and the changer's current slot are not read, so
 * when every volume has been written jamanda cannot tell which one the next run would reuse. It
 * then prints a warning that counts as a problem instead of naming a volume. Lifting it needs the
 * tapelist reader of the catalog and Amanda's taperscan order ("traditional": the oldest reusable
 * volume after tapecycle runs).
 */
final class DiskChangerCheck {
  private static final Pattern SLOT = Pattern.compile("slot([0-9]{1,9})");

  private final Path root;
  private final Optional<String> labelstr;
  private final Optional<String> autolabelEmpty;
  private final boolean autoCreateSlots;

  /**
   * @param labelstr the regular expression labels must match, searched for anywhere in the label
   * @param autolabelEmpty the autolabel template, when autolabel may label empty volumes
   * @param autoCreateSlots whether the changer makes missing slots itself ({@code
   *     auto-create-slot})
   */
  DiskChangerCheck(
      Path root,
      Optional<String> labelstr,
      Optional<String> autolabelEmpty,
      boolean autoCreateSlots) {
    this.root = root;
    this.labelstr = labelstr;
    this.autolabelEmpty = autolabelEmpty;
    this.autoCreateSlots = autoCreateSlots;
  }

  Findings check() {
    Optional<Pattern> pattern;
    try {
      pattern = labelstr.map(Pattern::compile);
    } catch (PatternSyntaxException e) {
      return error(
          "labelstr '"
              + labelstr.orElse("")
              + "' is no regular expression jamanda can"
              + " read: "
              + e.getDescription());
    }
    if (!Files.isDirectory(root)) {
      return error("directory '" + root + "' does not exist");
    }
    List<Integer> slots;
    try {
      slots = slots();
    } catch (IOException e) {
      return error("cannot list '" + root + "': " + e.getMessage());
    }
    if (slots.isEmpty() && !autoCreateSlots) {
      return Findings.EMPTY.withProblem(
          CheckMessage.of(
              Severity.ERROR,
              "chg-disk:" + root + " has no slot directories (slot1, slot2, ...)",
              "create them, or set the changer properties \"num-slot\" and \"auto-create-slot\""));
    }
    return scan(slots, pattern)
        .withNote(CheckMessage.of(Severity.INFO, "skipping tape-writable test"));
  }

  // Every slot's label, then the volume the next run would write to.
  private Findings scan(List<Integer> slots, Optional<Pattern> pattern) {
    Findings found = Findings.EMPTY;
    Optional<String> newVolume = Optional.empty();
    Optional<Integer> emptySlot = Optional.empty();
    boolean usedVolumes = false;
    for (int slot : slots) {
      VolumeLabel label = VolumeLabel.read(root.resolve("slot" + slot));
      found = found.withNote(CheckMessage.plain("slot " + slot + ":" + describe(label, pattern)));
      if (label instanceof VolumeLabel.Labelled l && matches(l.label(), pattern)) {
        if (l.isNew() && newVolume.isEmpty()) {
          newVolume = Optional.of("Will write to volume '" + l.label() + "' in slot " + slot + ".");
        }
        usedVolumes |= !l.isNew();
      } else if (label instanceof VolumeLabel.Empty && emptySlot.isEmpty()) {
        emptySlot = Optional.of(slot);
      }
    }
    return found.with(choice(newVolume, emptySlot, usedVolumes));
  }

  // A new volume first, then an empty one autolabel may label; else no volume can be named.
  private Findings choice(
      Optional<String> newVolume, Optional<Integer> emptySlot, boolean usedVolumes) {
    if (newVolume.isPresent()) {
      return Findings.EMPTY.withNote(CheckMessage.plain(newVolume.get()));
    }
    if (emptySlot.isPresent() && autolabelEmpty.isPresent()) {
      return Findings.EMPTY.withNote(
          CheckMessage.plain(
              "Will write a new label ('"
                  + autolabelEmpty.get()
                  + "') to the empty volume in slot "
                  + emptySlot.get()
                  + "."));
    }
    if (usedVolumes) {
      return Findings.EMPTY.withProblem(
          CheckMessage.of(
              Severity.WARNING,
              "no new volume in chg-disk:"
                  + root
                  + "; jamanda cannot tell yet which written volume"
                  + " the next run would overwrite",
              "jamanda does not read the tapelist and tapecycle yet;"
                  + " label a new volume (amlabel) to be sure"));
    }
    return Findings.EMPTY.withProblem(
        CheckMessage.of(
            Severity.ERROR,
            "Taper scan algorithm did not find an acceptable volume.",
            "(expecting a new volume)"));
  }

  private static Findings error(String text) {
    return Findings.EMPTY.withProblem(CheckMessage.of(Severity.ERROR, text));
  }

  private String describe(VolumeLabel label, Optional<Pattern> pattern) {
    if (label instanceof VolumeLabel.Labelled l) {
      return matches(l.label(), pattern)
          ? " volume '" + l.label() + "'"
          : " volume '" + l.label() + "' does not match labelstr '" + labelstr.orElse("") + "'";
    }
    if (label instanceof VolumeLabel.Empty) {
      return " contains an empty volume";
    }
    if (label instanceof VolumeLabel.Unreadable u) {
      return " Can't read label: " + u.reason();
    }
    return " contains a non-Amanda volume; check and relabel it with 'amlabel -f'";
  }

  private static boolean matches(String label, Optional<Pattern> pattern) {
    return pattern.map(p -> p.matcher(label).find()).orElse(true);
  }

  private List<Integer> slots() throws IOException {
    List<Integer> slots = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "slot*")) {
      for (Path entry : entries) {
        var m = SLOT.matcher(entry.getFileName().toString());
        if (m.matches() && Files.isDirectory(entry)) {
          slots.add(Integer.parseInt(m.group(1)));
        }
      }
    }
    slots.sort(Comparator.naturalOrder());
    return slots;
  }
}
