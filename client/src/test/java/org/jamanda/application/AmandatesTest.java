package org.jamanda.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmandatesTest {
  @TempDir Path temp;

  private Path sample() throws IOException {
    Path file = temp.resolve("amandates");
    try (InputStream in = AmandatesTest.class.getResourceAsStream("/application/amandates")) {
      Files.write(file, Objects.requireNonNull(in).readAllBytes());
    }
    return file;
  }

  @Test
  void theLabSampleReadsAndWritesBackByteForByte() throws IOException {
    Path file = sample();
    byte[] original = Files.readAllBytes(file);

    Amandates table = Amandates.read(file);
    Path copy = temp.resolve("copy");
    table.write(copy);

    assertThat(Files.readAllBytes(copy)).isEqualTo(original);
    assertThat(table.lastDump("/srv/amanda-lab/data/tcp", 0)).hasValue(1796315680L);
    assertThat(table.lastDump("/srv/amanda-lab/data/tcp", 1)).isEmpty();
  }

  @Test
  void updatesKeepDisksInByteOrderLevelsAscendingAndQuoteNamesThatNeedIt() throws IOException {
    Amandates table = Amandates.read(sample());

    table.update("/srv/my data", 1, 1796400000L);
    table.update("/srv/amanda-lab/data/bsd", 2, 1796400100L);
    table.update("/srv/amanda-lab/data/bsd", 1, 1796400050L);

    assertThat(table.format())
        .isEqualTo(
            """
            /srv/amanda-lab/data/bsd 0 1796315712
            /srv/amanda-lab/data/bsd 1 1796400050
            /srv/amanda-lab/data/bsd 2 1796400100
            /srv/amanda-lab/data/classic 0 1796315740
            /srv/amanda-lab/data/tcp 0 1796315680
            "/srv/my data" 1 1796400000
            """);
  }

  @Test
  void aQuotedNameSurvivesARoundTrip() throws IOException {
    Amandates table = new Amandates();
    table.update("C:\\Users \"x\"", 0, 1700000000L);
    Path file = temp.resolve("amandates");
    table.write(file);

    Amandates back = Amandates.read(file);

    assertThat(back.lastDump("C:\\Users \"x\"", 0)).isEqualTo(OptionalLong.of(1700000000L));
    assertThat(back.format()).isEqualTo(table.format());
  }

  @Test
  void anOlderDateDoesNotReplaceANewerOne() {
    Amandates table = new Amandates();
    table.update("/a", 0, 200);
    table.update("/a", 0, 100);

    assertThat(table.lastDump("/a", 0)).hasValue(200L);
  }

  @Test
  void aMissingFileIsAnEmptyTable() throws IOException {
    assertThat(Amandates.read(temp.resolve("absent")).format()).isEmpty();
  }

  @Test
  void aBadLevelIsReportedWithFileLineAndColumn() throws IOException {
    Path file = temp.resolve("amandates");
    Files.writeString(file, "/a 0 100\n\n/b x1 100\n");

    assertThatThrownBy(() -> Amandates.read(file))
        .isInstanceOf(AmandatesException.class)
        .hasMessage(file + ":3:4: expected a level: \"x1\"");
  }

  @Test
  void aLevelAboveNineIsReported() throws IOException {
    Path file = temp.resolve("amandates");
    Files.writeString(file, "\"/my disk\" 10 100\n");

    assertThatThrownBy(() -> Amandates.read(file))
        .hasMessage(file + ":1:12: level not between 0 and 9: \"10\"");
  }

  @Test
  void trailingTextIsReported() throws IOException {
    Path file = temp.resolve("amandates");
    Files.writeString(file, "/a 0 100 extra\n");

    assertThatThrownBy(() -> Amandates.read(file))
        .hasMessage(file + ":1:10: unexpected text after the date: \"extra\"");
  }
}
