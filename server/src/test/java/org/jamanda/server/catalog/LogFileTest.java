package org.jamanda.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogFileTest {
  static String sample(String name) throws IOException {
    try (InputStream in = LogFileTest.class.getResourceAsStream("/catalog/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sampleLogRoundTripsByteForByte() throws IOException {
    String text = sample("log.20261203162552.0");

    List<LogLine> lines = LogFile.parse("log.20261203162552.0", text);

    assertThat(lines).hasSize(61);
    assertThat(LogFile.format(lines)).isEqualTo(text);
  }

  @Test
  void sampleLogLinesAreTyped() throws IOException {
    List<LogLine> lines = LogFile.parse("log", sample("log.20261203162552.0"));

    assertThat(lines).filteredOn(l -> l instanceof LogLine.Disk).hasSize(3);
    assertThat(lines).filteredOn(l -> l instanceof LogLine.Part).hasSize(3);
    assertThat(lines).filteredOn(l -> l instanceof LogLine.Done).hasSize(3);
    assertThat(lines).filteredOn(l -> l instanceof LogLine.Estimate).hasSize(3);
    LogLine.Done done =
        (LogLine.Done) lines.stream().filter(l -> l instanceof LogLine.Done).findFirst().get();
    assertThat(done.storage()).isEqualTo("ST:Lab");
    assertThat(done.crcs())
        .containsExactly("3483d724:1054720", "3483d724:1054720", "3483d724:1054720");
    assertThat(done.stats().value("orig-kb")).contains("1030");
  }

  @Test
  void successLineOfDumperParsesIntoFields() throws IOException {
    String line =
        "SUCCESS dumper amlab-bsd /srv/amanda-lab/data/bsd 20261203162552 0 3483d724:1054720"
            + " 3483d724:1054720 [sec 0.047 kb 1030 kps 21662.8 orig-kb 1030]";

    LogLine.Success success = (LogLine.Success) LogFile.parse("log", line).get(0);

    assertThat(success.program()).isEqualTo(LogProgram.DUMPER);
    assertThat(success.host()).isEqualTo("amlab-bsd");
    assertThat(success.level()).isZero();
    assertThat(success.crcs()).hasSize(2);
    assertThat(success.stats().number("kps")).contains(21662.8);
  }

  @Test
  void diskWithSpaceIsQuotedOnWriteAndUnquotedOnRead() throws IOException {
    LogLine.Fail fail =
        new LogLine.Fail(
            LogProgram.DRIVER, "db1", "/srv/my data", "20261203162552", 1, "can't dump");

    String text = fail.format();

    assertThat(text).isEqualTo("FAIL driver db1 \"/srv/my data\" 20261203162552 1 [can't dump]");
    assertThat(LogFile.parse("log", text)).containsExactly(fail);
  }

  @Test
  void failWithContinuationLinesRoundTrips() throws IOException {
    String text =
        """
        FAIL dumper db1 /var 20261203162552 0 [data read: recv error]
          sendbackup: start [db1:/var level 0]
          sendbackup: info end
        """;

    List<LogLine> lines = LogFile.parse("log", text);

    assertThat(lines.get(1))
        .isEqualTo(
            new LogLine.Continuation(LogProgram.DUMPER, "sendbackup: start [db1:/var level 0]"));
    assertThat(LogFile.format(lines)).isEqualTo(text);
  }

  @Test
  void continuationWithNothingBeforeItIsRejected() {
    assertThatThrownBy(() -> LogFile.parse("log", "  orphan\n"))
        .isInstanceOf(MalformedCatalogException.class)
        .hasMessage("log:1:1: continuation line with no line before it '  orphan'");
  }

  @Test
  void taperVolumeLineIsTyped() throws IOException {
    List<LogLine> lines = LogFile.parse("log", sample("log.20261203162552.0"));

    assertThat(lines).contains(new LogLine.VolumeDone(LogProgram.TAPER, "Lab-3", 4120, 3, "OK"));
  }

  @Test
  void writtenSuccessLineReadsBackEqual() throws IOException {
    LogLine.Success written =
        new LogLine.Success(
            LogProgram.CHUNKER,
            "db1",
            "C:\\data",
            "20261203162552",
            1,
            List.of("2edfda07:10240"),
            LogStats.of("sec", "1.178995", "kb", "10", "kps", "8.481800"));

    String text = LogFile.format(List.of(written));

    assertThat(text)
        .isEqualTo(
            "SUCCESS chunker db1 \"C:\\\\data\" 20261203162552 1 2edfda07:10240"
                + " [sec 1.178995 kb 10 kps 8.481800]\n");
    assertThat(LogFile.parse("log", text)).containsExactly(written);
  }

  @Test
  void fileNameJoinsDatestampAndSequence() {
    assertThat(LogFile.fileName("20261203162552", 0)).isEqualTo("log.20261203162552.0");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NOPE planner date 1|log:1:1: unknown log type 'NOPE'",
        "START nobody date 1|log:1:7: unknown program 'nobody'",
        "START planner when 1|log:1:15: expected 'date' or 'datestamp' before 'when'",
        "DISK planner|log:1:13: missing host in 'DISK planner'",
        "FAIL dumper h /d 2026 x [r]|log:1:23: bad level 'x'",
        "FAIL dumper h /d 2026 0 oops|log:1:25: expected [reason], got 'oops'",
        "SUCCESS dumper h /d 2026 0 c:1 [sec 1 kb]|log:1:32: statistics without a value for each"
            + " key '[sec 1 kb]'",
      })
  void malformedLineNamesFileLineAndColumn(String line, String message) {
    assertThatThrownBy(() -> LogFile.parse("log", "INFO amdump ok\n" + line))
        .isInstanceOf(MalformedCatalogException.class)
        .hasMessage(message.replace("log:1:", "log:2:"));
  }
}
