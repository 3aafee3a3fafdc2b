package org.jamanda.storage.vtape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TapelistTest {
  @TempDir Path dir;

  @Test
  void rewritesAmandasTapelistByteForByte() throws Exception {
    byte[] sample = sample();
    Path file = dir.resolve("tapelist");
    Files.write(file, sample);

    Tapelist.read(file).write(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(sample);
    assertThat(dir.resolve("tapelist.new")).doesNotExist();
  }

  @Test
  void readsEveryFieldOfALine() throws Exception {
    Tapelist list = Tapelist.parse(new String(sample(), StandardCharsets.UTF_8), "tapelist");

    assertThat(list.entries())
        .extracting(TapelistEntry::label)
        .containsExactly("Lab-4", "Lab-3", "Lab-2", "Lab-1");
    assertThat(list.find("Lab-3"))
        .contains(
            new TapelistEntry(
                "20261203162552",
                "Lab-3",
                true,
                "",
                "",
                32,
                "Lab",
                "Lab",
                "Lab",
                Optional.empty()));
  }

  @Test
  void putsNewestFirstAndUnusedVolumesLastAsAmandaDoesOnRead() throws Exception {
    String text = "0 L4 reuse\n20260101 L1 reuse\n20260301 L3 reuse\n20260101 L2 reuse\n";

    Tapelist list = Tapelist.parse(text, "tapelist");

    assertThat(list.format())
        .isEqualTo("20260301 L3 reuse\n20260101 L1 reuse\n20260101 L2 reuse\n0 L4 reuse\n");
    assertThat(list.find("L4").orElseThrow().isUnused()).isTrue();
  }

  @Test
  void roundTripsEveryOptionalFieldAndAComment() throws Exception {
    String line =
        "20261203162552 T1 no-reuse BARCODE:AB123 META:M1 BLOCKSIZE:256 POOL:p STORAGE:s"
            + " CONFIG:c #kept in  the safe\n";

    Tapelist list = Tapelist.parse(line, "tapelist");

    TapelistEntry entry = list.entries().get(0);
    assertThat(entry.reuse()).isFalse();
    assertThat(entry.barcode()).isEqualTo("AB123");
    assertThat(entry.meta()).isEqualTo("M1");
    assertThat(entry.blocksizeKib()).isEqualTo(256);
    assertThat(entry.comment()).contains("kept in  the safe");
    assertThat(list.format()).isEqualTo(line);
  }

  @Test
  void takesReuseAsTheDefaultAndWritesIt() throws Exception {
    Tapelist list = Tapelist.parse("20260101 L1 BLOCKSIZE:32\n", "tapelist");

    assertThat(list.format()).isEqualTo("20260101 L1 reuse BLOCKSIZE:32\n");
  }

  @Test
  void skipsBlankLinesAndReadsAnEmptyFileAsEmpty() throws Exception {
    assertThat(Tapelist.parse("\n  \n20260101 L1 reuse\n\n", "t").entries()).hasSize(1);
    assertThat(Tapelist.parse("", "t").entries()).isEmpty();
  }

  @Test
  void readsAMissingFileAsAnEmptyTapelist() throws Exception {
    assertThat(Tapelist.read(dir.resolve("absent")).entries()).isEmpty();
  }

  @Test
  void replacesAnEntryOfTheSameLabelAndKeepsDatestampOrder() throws Exception {
    Tapelist list = Tapelist.parse("20260301 L2 reuse\n20260101 L1 reuse\n", "t");

    Tapelist after =
        list.with(
            new TapelistEntry("20260401", "L1", true, "", "", 0, "", "", "", Optional.empty()));

    assertThat(after.format()).isEqualTo("20260401 L1 reuse\n20260301 L2 reuse\n");
    assertThat(list.format()).isEqualTo("20260301 L2 reuse\n20260101 L1 reuse\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-01-01 L1 reuse|t:2:1: bad datestamp '2026-01-01'; expected 0, YYYYMMDD or"
            + " YYYYMMDDHHMMSS",
        "20260101|t:2:9: missing label after datestamp '20260101'",
        "20260101 L1 reuse BLOCKSIZE:big|t:2:29: bad BLOCKSIZE 'big'; expected a number of KiB",
        "20260101 L1 reuse POOL:p BLOCKSIZE:32|t:2:26: unexpected 'BLOCKSIZE:32'; expected"
            + " BARCODE:, META:, BLOCKSIZE:, POOL:, STORAGE:, CONFIG: or #comment, each once and"
            + " in this order",
        "20260101 L1 reuse stray|t:2:19: unexpected 'stray'; expected BARCODE:, META:,"
            + " BLOCKSIZE:, POOL:, STORAGE:, CONFIG: or #comment, each once and in this order",
      })
  void rejectsABadLineNamingFileLineAndColumn(String line, String message) {
    String text = "20260301 L0 reuse\n" + line + "\n";

    assertThatThrownBy(() -> Tapelist.parse(text, "t"))
        .isInstanceOf(MalformedTapelistException.class)
        .hasMessage(message);
  }

  private static byte[] sample() throws Exception {
    try (InputStream in = TapelistTest.class.getResourceAsStream("/storage/tapelist")) {
      return in.readAllBytes();
    }
  }
}
