package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jamanda.server.amcheck.HoldingDiskCheckTest.lines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskChangerCheckTest {
  @TempDir Path vtapes;

  @Test
  void listsTheSlotsAndChoosesTheFirstNewVolume() throws Exception {
    label(1, "20261203162552", "Lab-1");
    label(2, "X", "Lab-2");
    label(3, "X", "Lab-3");

    Findings found = check(Optional.of("^Lab-[0-9][0-9]*$"), Optional.empty()).check();

    assertThat(found.problems()).isZero();
    assertThat(lines(found))
        .containsExactly(
            "slot 1: volume 'Lab-1'",
            "slot 2: volume 'Lab-2'",
            "slot 3: volume 'Lab-3'",
            "Will write to volume 'Lab-2' in slot 2.",
            "NOTE: skipping tape-writable test");
  }

  @Test
  void passesOverVolumesThatDoNotMatchLabelstrAndForeignOrEmptyOnes() throws Exception {
    label(1, "X", "Other-1");
    Files.createDirectories(vtapes.resolve("slot2"));
    Files.write(
        vtapes.resolve("slot2/00000.junk"), "GIF89a junk\n".getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(vtapes.resolve("slot10"));
    label(3, "X", "Lab-3");

    Findings found = check(Optional.of("^Lab-"), Optional.empty()).check();

    assertThat(lines(found))
        .containsExactly(
            "slot 1: volume 'Other-1' does not match labelstr '^Lab-'",
            "slot 2: contains a non-Amanda volume; check and relabel it with 'amlabel -f'",
            "slot 3: volume 'Lab-3'",
            "slot 10: contains an empty volume",
            "Will write to volume 'Lab-3' in slot 3.",
            "NOTE: skipping tape-writable test");
  }

  @Test
  void choosesAnEmptySlotWhenAutolabelMayLabelIt() throws Exception {
    label(1, "20261203162552", "Lab-1");
    Files.createDirectories(vtapes.resolve("slot2"));

    Findings found = check(Optional.empty(), Optional.of("Lab-%%")).check();

    assertThat(found.problems()).isZero();
    assertThat(lines(found))
        .contains("Will write a new label ('Lab-%%') to the empty volume in slot 2.");
  }

  @Test
  void warnsThatItCannotTellWhichWrittenVolumeComesNext() throws Exception {
    label(1, "20261203162552", "Lab-1");
    label(2, "20261204162552", "Lab-2");

    Findings found = check(Optional.empty(), Optional.empty()).check();

    assertThat(found.problems()).isEqualTo(1);
    assertThat(lines(found).subList(2, 4))
        .containsExactly(
            "WARNING: no new volume in chg-disk:"
                + vtapes
                + "; jamanda cannot tell yet which"
                + " written volume the next run would overwrite",
            "         jamanda does not read the tapelist and tapecycle yet; label a new volume"
                + " (amlabel) to be sure");
  }

  @Test
  void failsWhenNoSlotHoldsAnAcceptableVolume() throws Exception {
    Files.createDirectories(vtapes.resolve("slot1"));

    Findings found = check(Optional.empty(), Optional.empty()).check();

    assertThat(found.problems()).isEqualTo(1);
    assertThat(lines(found))
        .containsExactly(
            "slot 1: contains an empty volume",
            "ERROR: Taper scan algorithm did not find an acceptable volume.",
            "       (expecting a new volume)",
            "NOTE: skipping tape-writable test");
  }

  @Test
  void failsWhenTheDirectoryIsMissingOrHasNoSlots() {
    Path missing = vtapes.resolve("none");

    assertThat(
            lines(new DiskChangerCheck(missing, Optional.empty(), Optional.empty(), false).check()))
        .containsExactly("ERROR: directory '" + missing + "' does not exist");
    assertThat(lines(check(Optional.empty(), Optional.empty()).check()).get(0))
        .isEqualTo("ERROR: chg-disk:" + vtapes + " has no slot directories (slot1, slot2, ...)");
  }

  @Test
  void refusesALabelstrItCannotRead() {
    Findings found = check(Optional.of("[unclosed"), Optional.empty()).check();

    assertThat(lines(found).get(0))
        .startsWith("ERROR: labelstr '[unclosed' is no regular expression jamanda can read: ");
  }

  @Test
  void readsOnlyTheFirstBlockOfTheLabelFile() throws Exception {
    Files.createDirectories(vtapes.resolve("slot1"));
    byte[] block = new byte[VolumeLabel.BLOCK_BYTES * 2];
    Arrays.fill(block, (byte) 'A');
    Files.write(vtapes.resolve("slot1/00000.big"), block);

    VolumeLabel label = VolumeLabel.read(vtapes.resolve("slot1"));

    assertThat(label).isInstanceOf(VolumeLabel.NotAmanda.class);
    assertThat(((VolumeLabel.NotAmanda) label).firstLine()).hasSize(VolumeLabel.BLOCK_BYTES);
  }

  private DiskChangerCheck check(Optional<String> labelstr, Optional<String> autolabelEmpty) {
    return new DiskChangerCheck(vtapes, labelstr, autolabelEmpty, false);
  }

  // A label block as amlabel writes it: the header line, a form feed, NULs to 32 KiB.
  private void label(int slot, String date, String label) throws IOException {
    Path dir = Files.createDirectories(vtapes.resolve("slot" + slot));
    byte[] block = new byte[VolumeLabel.BLOCK_BYTES];
    byte[] text =
        ("AMANDA: TAPESTART DATE " + date + " TAPE " + label + "\n\f\n")
            .getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, block, 0, text.length);
    Files.write(dir.resolve("00000." + label), block);
  }
}
