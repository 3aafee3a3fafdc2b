package org.jamanda.storage.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MalformedHeaderTest {
  private static final String DUMP_LINE = "AMANDA: FILE 20261203162552 db1 /var  lev 1 comp N";

  @Test
  void rejectsAnAllNulBlockAsEmpty() {
    assertThatThrownBy(() -> HeaderCodec.parse(new byte[HeaderCodec.BLOCK_BYTES]))
        .isInstanceOf(MalformedHeaderException.class)
        .hasMessage("bad file header: AMANDA:: no header, the block is empty in ''");
  }

  @Test
  void rejectsABlockThatIsNotAnAmandaHeader() {
    assertThatThrownBy(() -> parse("GNU tar archive\n"))
        .hasMessage(
            "bad file header: AMANDA:: not an Amanda header, expected 'AMANDA:' at the start"
                + " in 'GNU tar archive\\n'");
  }

  @Test
  void rejectsAHeaderCutBeforeTheEndMarker() {
    byte[] block = Samples.bytes(Samples.AMGTAR_DUMP);
    byte[] cut = Arrays.copyOf(block, 200);

    assertThatThrownBy(() -> HeaderCodec.parse(cut))
        .isInstanceOf(MalformedHeaderException.class)
        .hasMessageStartingWith(
            "bad file header: end marker: truncated, no \\n\\f\\n after 200 bytes in '");
  }

  @Test
  void rejectsTextAfterTheEndMarker() {
    assertThatThrownBy(() -> parse("AMANDA: NOOP\n\f\ngarbage"))
        .hasMessage("bad file header: end marker: text after the end marker in 'garbage'");
  }

  @Test
  void rejectsTextThatIsNotUtf8() {
    byte[] bytes = "AMANDA: NOOP \u00ff\n\f\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> HeaderCodec.parse(bytes))
        .hasMessage("bad file header: text: not UTF-8 in 'AMANDA: NOOP \u00ff\\n\\x0c\\n'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AMANDA: DUMPFILE x|file type: unknown file type 'DUMPFILE'",
        "AMANDA: TAPESTART 2026 TAPE L|DATE: expected 'DATE', got '2026'",
        "AMANDA: TAPESTART DATE 2026|TAPE: missing, the line ends early",
        "AMANDA: TAPESTART DATE 2026 TAPE L extra|first line: unexpected 'extra'",
        "AMANDA: FILE 2026 h /d  lev x comp N|lev: expected a number, got 'x'",
        "AMANDA: FILE 2026 h /d  level 0 comp N|lev: expected 'lev', got 'level'",
        "AMANDA: SPLIT_FILE 2026 h /d  part 1-3  lev 0 comp N|part: expected <n>/<total>, got '1-3'",
        "AMANDA: SPLIT_FILE 2026 h /d  part one/3  lev 0 comp N|part: expected a number, got 'one'",
        "AMANDA: FILE 2026 h \"/d  lev 0 comp N|disk: unterminated quoted string",
        "AMANDA: FILE 2026 h /d  lev 0 comp N program P colour red|first line: unknown option 'colour'",
        "AMANDA: FILE 2026 h /d  lev 0 comp N program P crypt|crypt: missing, the line ends early",
        "AMANDA:x NOOP|AMANDA:: not an Amanda header, got 'AMANDA:x'",
      })
  void rejectsABadFirstLineNamingTheField(String line, String problem) {
    assertThatThrownBy(() -> parse(line + "\n\f\n"))
        .isInstanceOf(MalformedHeaderException.class)
        .hasMessageStartingWith("bad file header: " + problem + " in '");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ORIGSIZE=12k|bad file header: ORIGSIZE: expected a number, got '12k' in 'ORIGSIZE=12k'",
        "NATIVE-CRC=xyz|bad file header: NATIVE-CRC: expected <crc32c hex>:<bytes>, got 'xyz'"
            + " in 'NATIVE-CRC=xyz'",
        "SERVER-CRC=1234:|bad file header: SERVER-CRC: expected <crc32c hex>:<bytes>, got '1234:'"
            + " in 'SERVER-CRC=1234:'",
        "COLOUR=red|bad file header: line: unknown line 'COLOUR=red' in 'COLOUR=red'",
        "DLE=<<ENDDLE|bad file header: DLE: no closing line 'ENDDLE' for the heredoc"
            + " in 'DLE=<<ENDDLE'",
        "DLE=<dle/>|bad file header: DLE: expected DLE=<<DELIMITER in 'DLE=<dle/>'",
      })
  void rejectsABadOptionalLineNamingTheField(String line, String message) {
    assertThatThrownBy(() -> parse(DUMP_LINE + "\n" + line + "\n\f\n"))
        .isInstanceOf(MalformedHeaderException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsARestoreHintWithoutAPipe() {
    assertThatThrownBy(() -> parse(DUMP_LINE + "\n\tdd if=<tape> skip=1\n\f\n"))
        .hasMessage(
            "bad file header: restore hint: no '|' after the dd command"
                + " in '\\tdd if=<tape> skip=1'");
  }

  @Test
  void rejectsARestoreHintWithABlocksizeWithoutUnit() {
    assertThatThrownBy(() -> parse(DUMP_LINE + "\n\tdd if=<tape> bs=32 skip=1 | x\n\f\n"))
        .hasMessage(
            "bad file header: restore hint: expected 'bs=<n>k skip=1' or 'skip=1',"
                + " got 'bs=32 skip=1' in '\\tdd if=<tape> bs=32 skip=1 | x'");
  }

  @Test
  void rejectsARestoreHintWithFourCommands() {
    assertThatThrownBy(() -> parse(DUMP_LINE + "\n\tdd if=<tape> skip=1 | a | b | c | d\n\f\n"))
        .hasMessage(
            "bad file header: restore hint: more than three commands after dd"
                + " in '\\tdd if=<tape> skip=1 | a | b | c | d'");
  }

  @Test
  void namesTheFieldOfTheFailure() {
    assertThatThrownBy(() -> parse("AMANDA: FILE 2026 h /d  lev x comp N\n\f\n"))
        .isInstanceOfSatisfying(
            MalformedHeaderException.class, e -> assertThat(e.field()).isEqualTo("lev"));
  }

  @Test
  void refusesToWriteBothServerAndClientCompression() {
    FileHeader h =
        HeaderCodecTest.dump().serverCustomCompress("a").clientCustomCompress("b").build();

    assertThatThrownBy(() -> HeaderCodec.format(h))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a header cannot set both server_custom_compress and client_custom_compress");
  }

  @Test
  void refusesAnUncompressStageWithoutRecoverCommand() {
    FileHeader h = HeaderCodecTest.dump().recoverCmd("").uncompressCmd("gzip -dc |").build();

    assertThatThrownBy(() -> HeaderCodec.format(h))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a recover command");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-12-03|invalid datestamp '2026-12-03': expected X, YYYYMMDD or YYYYMMDDHHMMSS",
        "''|invalid datestamp '': expected X, YYYYMMDD or YYYYMMDDHHMMSS",
      })
  void refusesToWriteABadDatestamp(String datestamp, String message) {
    FileHeader h = FileHeader.tapestart(datestamp, "Lab-1");

    assertThatThrownBy(() -> HeaderCodec.format(h))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void refusesToWriteALabelBlockWithoutLabel() {
    assertThatThrownBy(() -> HeaderCodec.format(FileHeader.tapestart("X", "")))
        .hasMessage("a TAPESTART header needs a name");
  }

  @Test
  void refusesToWriteAPartNumberBeyondTheTotal() {
    FileHeader h =
        HeaderCodecTest.dump().type(FileType.SPLIT_FILE).partNumber(3).totalParts(2).build();

    assertThatThrownBy(() -> HeaderCodec.format(h)).hasMessage("invalid part 3/2");
  }

  @Test
  void refusesHeaderTextLongerThanABlock() {
    FileHeader h = HeaderCodecTest.dump().recoverCmd("x".repeat(HeaderCodec.BLOCK_BYTES)).build();

    assertThatThrownBy(() -> HeaderCodec.format(h))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("header text is \\d+ bytes, limit 32768");
  }

  private static FileHeader parse(String text) throws MalformedHeaderException {
    return HeaderCodec.parse(text.getBytes(StandardCharsets.UTF_8));
  }
}
