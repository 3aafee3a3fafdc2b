package org.jamanda.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurInfoFileTest {
  private static final String SAMPLE = "curinfo-localhost-_srv_amanda-lab_data_tcp-info";

  @Test
  void sampleInfoRoundTripsByteForByte() throws IOException {
    String text = LogFileTest.sample(SAMPLE);

    CurInfo info = CurInfoFile.parse(SAMPLE, text);

    assertThat(CurInfoFile.format(info)).isEqualTo(text);
  }

  @Test
  void sampleInfoFieldsAreRead() throws IOException {
    CurInfo info = CurInfoFile.parse(SAMPLE, LogFileTest.sample(SAMPLE));

    assertThat(info.full().rates()).containsExactly(3080.0, 3080.0, 3080.0);
    assertThat(info.incr().rates()).isEmpty();
    assertThat(info.stats())
        .containsExactly(new CurInfo.LevelStats(0, 3080, 3080, 0, 1796315679L, 2, "Lab-4"));
    assertThat(info.lastLevel()).isZero();
    assertThat(info.consecutiveRuns()).isEqualTo(4);
    assertThat(info.history()).hasSize(4);
    assertThat(info.history().get(1)).isEqualTo(new CurInfo.History(0, 3080, 3080, 1796315152L, 1));
  }

  @Test
  void writesUnderSanitisedHostAndDisk(@TempDir Path dir) throws IOException {
    CurInfo info =
        new CurInfo(
            0,
            new CurInfo.Perf(List.of(12.5), List.of()),
            new CurInfo.Perf(List.of(), List.of()),
            List.of(new CurInfo.LevelStats(1, 10, 5, 2, 1796315679L, 0, "")),
            1,
            1,
            List.of());
    Path file = CurInfo.path(dir, "db1", "/srv/my data");

    CurInfoFile.write(file, info);

    assertThat(file).isEqualTo(dir.resolve("db1/_srv_my data/info"));
    assertThat(Files.readString(file))
        .isEqualTo(
            """
            version: 0
            command: 0
            full-rate: 12.500000
            full-comp:
            incr-rate:
            incr-comp:
            stats: 1 10 5 2 1796315679
            last_level: 1 1
            //
            """);
    assertThat(CurInfoFile.read(file)).isEqualTo(info);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "version: 1|info:1:8: unsupported curinfo version '1'",
        "versio: 0|info:1:1: expected 'version:', got 'versio: 0'",
        "version: 0\\ncommand: x|info:2:10: bad number 'x'",
        "version: 0\\ncommand: 0\\nfull-rate: 1 2 3 4|info:3:1: more than three values in"
            + " 'full-rate: 1 2 3 4'",
        "version: 0\\ncommand: 0\\nfull-rate: a|info:3:12: bad number in full-rate: 'a'",
      })
  void malformedInfoNamesLineAndColumn(String text, String message) {
    assertThatThrownBy(() -> CurInfoFile.parse("info", text.replace("\\n", "\n")))
        .isInstanceOf(MalformedCatalogException.class)
        .hasMessage(message);
  }

  @Test
  void labelKeepsTheRestOfTheStatsLine() throws IOException {
    String text = LogFileTest.sample(SAMPLE).replace("2 Lab-4", "2 Lab 4");

    CurInfo info = CurInfoFile.parse("info", text);

    assertThat(info.stats().get(0).label()).isEqualTo("Lab 4");
    assertThat(CurInfoFile.format(info)).isEqualTo(text);
  }

  @Test
  void levelOutsideDumpLevelsIsRejected() throws IOException {
    String text = LogFileTest.sample(SAMPLE).replace("stats: 0 ", "stats: 400 ");

    assertThatThrownBy(() -> CurInfoFile.parse("info", text))
        .isInstanceOf(MalformedCatalogException.class)
        .hasMessage("info:7:8: level out of range 0-399 '400'");
  }

  @Test
  void historyBeyondOneHundredEntriesIsDropped() throws IOException {
    String sample = LogFileTest.sample(SAMPLE);
    String many = "history: 1 10 10 1796315679 0\n".repeat(120);
    String text = sample.replace("//\n", many + "//\n");

    CurInfo info = CurInfoFile.parse("info", text);

    assertThat(info.history()).hasSize(CurInfo.MAX_HISTORY);
    assertThat(info.history().get(0).epoch()).isEqualTo(1796315679L);
  }

  @Test
  void missingEndOfRecordIsRejected() throws IOException {
    String text = LogFileTest.sample(SAMPLE).replace("//\n", "");

    assertThatThrownBy(() -> CurInfoFile.parse("info", text))
        .isInstanceOf(MalformedCatalogException.class)
        .hasMessage("info:13:1: missing '//' end of record ''");
  }
}
