package org.jamanda.storage.vtape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jamanda.storage.header.FileHeader;
import org.jamanda.storage.header.FileType;
import org.jamanda.storage.header.HeaderCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VtapeDeviceTest {
  private static final String RUN = "20261203162552";

  @TempDir Path root;
  private Path slot;
  private VtapeDevice device;

  @BeforeEach
  void openEmptySlot() throws IOException {
    slot = Files.createDirectories(root.resolve("slot1"));
    device = VtapeDevice.open(slot, LabelPattern.regex("^Lab-[0-9]+$"));
  }

  @Test
  void labelsAFreshVolumeWithOneTapestartBlock() throws IOException {
    device.label("Lab-1", VtapeDevice.UNUSED_DATESTAMP, false);

    byte[] block = Files.readAllBytes(slot.resolve("00000.Lab-1"));
    assertThat(block).hasSize(HeaderCodec.BLOCK_BYTES);
    String text = "AMANDA: TAPESTART DATE X TAPE Lab-1\n\f\n";
    assertThat(new String(block, 0, text.length(), StandardCharsets.US_ASCII)).isEqualTo(text);
    assertThat(Arrays.copyOfRange(block, text.length(), block.length)).containsOnly(0);
    assertThat(device.volumeHeader()).contains(FileHeader.tapestart("X", "Lab-1"));
  }

  @Test
  void readsBackTwoAppendedDumpsByteForByte() throws IOException {
    device.label("Lab-1", VtapeDevice.UNUSED_DATESTAMP, false);
    device.startWrite(RUN);
    byte[] first = bytes(100_000, 7);
    byte[] second = bytes(10, 11);

    VtapeFile one = device.appendDump(dump("/srv/data/a", 0), new ByteArrayInputStream(first));
    VtapeFile two = device.appendDump(dump("/srv/data/b", 1), new ByteArrayInputStream(second));

    assertThat(one.fileName()).isEqualTo("00001.db1._srv_data_a.0");
    assertThat(two.fileName()).isEqualTo("00002.db1._srv_data_b.1");
    assertThat(Files.size(one.path())).isEqualTo(HeaderCodec.BLOCK_BYTES + 100_000L);
    assertReadsBack(1, dump("/srv/data/a", 0), first);
    assertReadsBack(2, dump("/srv/data/b", 1), second);
    assertThat(device.volumeHeader()).contains(FileHeader.tapestart(RUN, "Lab-1"));
  }

  @Test
  void refusesToRelabelALabelledVolumeWithoutForce() throws IOException {
    device.label("Lab-1", VtapeDevice.UNUSED_DATESTAMP, false);

    assertThatThrownBy(() -> device.label("Lab-2", VtapeDevice.UNUSED_DATESTAMP, false))
        .isInstanceOf(VolumeLabelException.class)
        .hasMessage(
            "Volume in " + slot + " already holds 00000.Lab-1; not relabelling it without force");
    assertThat(device.volumeHeader()).contains(FileHeader.tapestart("X", "Lab-1"));
  }

  @Test
  void relabelsWithForceAndErasesTheOldFiles() throws IOException {
    device.label("Lab-1", VtapeDevice.UNUSED_DATESTAMP, false);
    device.appendDump(dump("/srv/data/a", 0), new ByteArrayInputStream(bytes(5, 1)));

    device.label("Lab-2", VtapeDevice.UNUSED_DATESTAMP, true);

    assertThat(fileNames()).containsExactly("00000.Lab-2");
  }

  @Test
  void refusesALabelThatDoesNotMatchLabelstr() {
    assertThatThrownBy(() -> device.label("Other-1", VtapeDevice.UNUSED_DATESTAMP, true))
        .isInstanceOf(VolumeLabelException.class)
        .hasMessage("Label 'Other-1' doesn't match the labelstr '^Lab-[0-9]+$'.");
    assertThat(slot).isEmptyDirectory();
  }

  @Test
  void failedAppendLeavesNoDumpFileAndTheEarlierFilesIntact() throws IOException {
    device.label("Lab-1", VtapeDevice.UNUSED_DATESTAMP, false);
    byte[] first = bytes(40_000, 3);
    device.appendDump(dump("/srv/data/a", 0), new ByteArrayInputStream(first));

    InputStream broken = new FailingStream(bytes(50_000, 5), 20_000);
    assertThatThrownBy(() -> device.appendDump(dump("/srv/data/b", 0), broken))
        .isInstanceOf(IOException.class)
        .hasMessage("client went away");

    assertThat(fileNames()).containsExactly("00000.Lab-1", "00001.db1._srv_data_a.0");
    assertReadsBack(1, dump("/srv/data/a", 0), first);
  }

  @Test
  void refusesToAppendToAnUnlabelledVolume() {
    assertThatThrownBy(() -> device.appendDump(dump("/a", 0), InputStream.nullInputStream()))
        .isInstanceOf(VolumeLabelException.class)
        .hasMessage("Volume in " + slot + " has no label; label it first");
  }

  @Test
  void readingAMissingFileNamesIt() throws IOException {
    device.label("Lab-1", VtapeDevice.UNUSED_DATESTAMP, false);

    assertThatThrownBy(() -> device.readDump(4))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(slot + ": no file 4");
  }

  @Test
  void opensOnlyAnExistingSlot() {
    assertThatThrownBy(() -> VtapeDevice.open(root.resolve("slot9"), LabelPattern.regex(".")))
        .isInstanceOf(NoSuchFileException.class);
  }

  private void assertReadsBack(int fileNumber, FileHeader header, byte[] image) throws IOException {
    try (DumpFile file = device.readDump(fileNumber)) {
      assertThat(file.header()).isEqualTo(header);
      assertThat(file.image().readAllBytes()).isEqualTo(image);
    }
  }

  private List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(slot)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static FileHeader dump(String disk, int level) {
    return FileHeader.builder(FileType.SPLIT_FILE)
        .datestamp(RUN)
        .name("db1")
        .disk(disk)
        .partNumber(1)
        .totalParts(-1)
        .level(level)
        .program("/bin/tar")
        .build();
  }

  private static byte[] bytes(int length, int seed) {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = (byte) (i * seed + i / 251);
    }
    return data;
  }

  /** Serves {@code data} until {@code failAt} bytes have been read, then throws. */
  private static final class FailingStream extends InputStream {
    private final byte[] data;
    private final int failAt;
    private int pos;

    FailingStream(byte[] data, int failAt) {
      this.data = data;
      this.failAt = failAt;
    }

    @Override
    public int read() throws IOException {
      if (pos >= failAt) {
        throw new IOException("client went away");
      }
      return data[pos++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (pos >= failAt) {
        throw new IOException("client went away");
      }
      int n = Math.min(length, failAt - pos);
      System.arraycopy(data, pos, buffer, offset, n);
      pos += n;
      return n;
    }
  }
}
