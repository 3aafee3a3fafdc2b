package org.jamanda.storage.vtape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jamanda.storage.header.FileHeader;
import org.jamanda.storage.header.FileType;
import org.jamanda.storage.header.MalformedHeaderException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VtapeSlotsTest {
  private static final String DUMP_BSD = "00001.amlab-bsd._srv_amanda-lab_data_bsd.0";
  private static final String DUMP_CLASSIC = "00002.localhost._srv_amanda-lab_data_classic.0";

  @TempDir Path root;
  private VtapeSlots slots;

  /** A changer directory laid out as Amanda's chg-disk left the lab's vtapes. */
  @BeforeEach
  void layOutChangerDirectory() throws Exception {
    Path slot3 = Files.createDirectories(root.resolve("slot3"));
    copy("vtape/00000.Lab-3", slot3.resolve("00000.Lab-3"));
    copy("vtape/" + DUMP_BSD + ".first32k", slot3.resolve(DUMP_BSD));
    copy("vtape/" + DUMP_CLASSIC, slot3.resolve(DUMP_CLASSIC));
    Files.createFile(slot3.resolve("00003-lock"));
    Path slot10 = Files.createDirectories(root.resolve("slot10"));
    copy("vtape/00000.Lab-4.unused-label", slot10.resolve("00000.Lab-4"));
    Files.createDirectories(root.resolve("slot1"));
    Files.createDirectories(root.resolve("slots"));
    Files.createFile(root.resolve("state"));
    Files.createSymbolicLink(root.resolve("data"), slot3);
    slots = new VtapeSlots(root);
  }

  @Test
  void listsSlotDirectoriesInNumberOrder() throws Exception {
    assertThat(slots.slots()).containsExactly(1, 3, 10);
  }

  @Test
  void readsTheLabelOfEachSlotFromItsLabelFile() throws Exception {
    assertThat(slots.label(3)).contains("Lab-3");
    assertThat(slots.label(10)).contains("Lab-4");
    assertThat(slots.labelHeader(10).orElseThrow().datestamp()).isEqualTo("20261203163439");
  }

  @Test
  void reportsAnEmptySlotAsUnlabelled() throws Exception {
    assertThat(slots.label(1)).isEmpty();
    assertThat(slots.files(1)).isEmpty();
  }

  @Test
  void listsVolumeFilesByNumberSkippingLockFiles() throws Exception {
    assertThat(slots.files(3))
        .extracting(VtapeFile::fileNumber, VtapeFile::fileName)
        .containsExactly(tuple(0, "00000.Lab-3"), tuple(1, DUMP_BSD), tuple(2, DUMP_CLASSIC));
  }

  @Test
  void readsTheHeaderOfADumpFile() throws Exception {
    FileHeader header = VtapeSlots.readHeader(slots.slotDirectory(3).resolve(DUMP_CLASSIC));

    assertThat(header.type()).isEqualTo(FileType.SPLIT_FILE);
    assertThat(header.host()).isEqualTo("localhost");
    assertThat(header.disk()).isEqualTo("/srv/amanda-lab/data/classic");
  }

  @Test
  void namesDumpFilesAsAmandasVfsDevice() {
    assertThat(VtapeFile.dumpFileName(2, "localhost", "/srv/amanda-lab/data/classic", 0))
        .isEqualTo(DUMP_CLASSIC);
    assertThat(VtapeFile.dumpFileName(12, "win", "C:\\Users", 1)).isEqualTo("00012.win.C__Users.1");
    assertThat(VtapeFile.labelFileName("Lab-3")).isEqualTo("00000.Lab-3");
  }

  @Test
  void readsFileNumbersOnlyFromDigitsAndADot() {
    assertThat(VtapeFile.tryFileNumber("00007.h._d.1")).contains(7);
    assertThat(VtapeFile.tryFileNumber("7.x")).contains(7);
    assertThat(VtapeFile.tryFileNumber("00003-lock")).isEmpty();
    assertThat(VtapeFile.tryFileNumber("0000a.x")).isEmpty();
    assertThat(VtapeFile.tryFileNumber("00001.")).isEmpty();
  }

  @Test
  void rejectsALabelFileThatHoldsADumpHeader() throws Exception {
    Path slot5 = Files.createDirectories(root.resolve("slot5"));
    copy("vtape/" + DUMP_CLASSIC, slot5.resolve("00000.Lab-5"));

    assertThatThrownBy(() -> slots.label(5))
        .isInstanceOf(MalformedHeaderException.class)
        .hasMessage(
            slot5.resolve("00000.Lab-5")
                + ": bad file header: file type: a label file must be TAPESTART in 'SPLIT_FILE'");
  }

  @Test
  void rejectsALabelFileShorterThanABlock() throws Exception {
    Path slot6 = Files.createDirectories(root.resolve("slot6"));
    Files.writeString(slot6.resolve("00000.Lab-6"), "AMANDA: TAPESTART DATE X TAPE Lab-6\n\f\n");

    assertThatThrownBy(() -> slots.label(6))
        .isInstanceOf(MalformedHeaderException.class)
        .hasMessage(
            slot6.resolve("00000.Lab-6")
                + ": bad file header: block: truncated after 38 bytes, a header block is 32768"
                + " in 'AMANDA: TAPESTART DATE X TAPE Lab-6\\n\\x0c\\n'");
  }

  private static void copy(String sample, Path target) throws Exception {
    try (InputStream in = VtapeSlotsTest.class.getResourceAsStream("/storage/" + sample)) {
      Files.copy(in, target);
    }
  }
}
