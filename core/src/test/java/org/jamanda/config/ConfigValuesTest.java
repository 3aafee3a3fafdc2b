package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jamanda.config.parse.ConfigException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How values are spelled: numbers and units, booleans, ranges, strings with escapes, keyword
 * values, and lists that add up. The recorded rows come from Debian's amgetconf run on
 * config/amgetconf/values by config/amgetconf/record.sh; the other tests pin the same rules through
 * the typed API.
 */
class ConfigValuesTest {
  private static ServerConfig values;

  @TempDir Path root;

  @BeforeAll
  static void load() throws ConfigException {
    values = ServerConfig.read(TestResources.config("amgetconf/values"));
  }

  static List<Arguments> recorded() {
    return AmgetconfRecording.rows("values-expected.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recorded")
  void valuesPrintAsDebiansAmgetconf(String parameter, int status, String output) throws Exception {
    AmgetconfRecording.check(ConfigQuery.of(values), parameter, status, output, Map.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "netusage 3 k | 3",
        "netusage 3 | 3",
        "netusage 2048 bytes | 2",
        "netusage 1 m | 1024",
        "netusage 1 MBPS | 1024",
        "netusage 1 gig | 1048576",
        "dtimeout 3 k | 3072",
        "dtimeout 1 megabyte | 1048576",
        "dtimeout 2 weeks | 14",
        "dtimeout 5 days | 5",
        "dtimeout 5 tapes | 5",
        "dtimeout inf | 2147483647",
      })
  void unitsScaleByTheirPowerOf1024AndKibibyteKeywordsCountOneLess(String line, int expected)
      throws Exception {
    String keyword = line.substring(0, line.indexOf(' '));
    Parameter<Integer> parameter =
        keyword.equals("netusage") ? GlobalParameters.NETUSAGE : GlobalParameters.DTIMEOUT;

    assertThat(ConfigTestFiles.global(root, line, parameter)).isEqualTo(expected);
  }

  @Test
  void terabytesFitInA64BitValue() throws Exception {
    assertThat(ConfigTestFiles.global(root, "maxdumpsize 3 tbytes", GlobalParameters.MAXDUMPSIZE))
        .isEqualTo(3L * 1024 * 1024 * 1024);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "eject-volume yes, true",
    "eject-volume Y, true",
    "eject-volume t, true",
    "eject-volume TRUE, true",
    "eject-volume on, true",
    "eject-volume 1, true",
    "eject-volume 42, true",
    "eject-volume, true",
    "eject-volume no, false",
    "eject-volume N, false",
    "eject-volume f, false",
    "eject-volume False, false",
    "eject-volume OFF, false",
    "eject-volume 0, false",
  })
  void booleansTakeAmandasWordsOrANumberAndNoValueMeansYes(String line, boolean expected)
      throws Exception {
    assertThat(ConfigTestFiles.global(root, line, GlobalParameters.EJECT_VOLUME))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "autoflush, YES",
    "autoflush all, ALL",
    "autoflush 2, ALL",
    "autoflush 7, YES",
    "autoflush off, NO",
  })
  void autoflushTakesNoYesOrAll(String line, NoYesAll expected) throws Exception {
    assertThat(ConfigTestFiles.global(root, line, GlobalParameters.AUTOFLUSH)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "reserved-udp-port 850,854 | 850 | 854",
        "reserved-udp-port 850 , 854 | 850 | 854",
        "reserved-udp-port 850 | 850 | 850",
        // Amanda 3.5.1 means to accept this (read_intrange) but its lexer hands back the second
        // number as the wrong token type and rejects it; jamanda accepts it.
        "reserved-udp-port 850 854 | 850 | 854",
      })
  void portRangesTakeACommaABlankOrOnePort(String line, int low, int high) throws Exception {
    assertThat(ConfigTestFiles.global(root, line, GlobalParameters.RESERVED_UDP_PORT))
        .contains(new IntRange(low, high));
  }

  @Test
  void portRangesHaveNoDefault() throws Exception {
    ServerConfig config = ConfigTestFiles.server(root, "");

    assertThat(config.reservedUdpPort()).isEmpty();
    assertThat(config.reservedTcpPort()).isEmpty();
    assertThat(config.unreservedTcpPort()).isEmpty();
    assertThat(ConfigQuery.of(config).lookup("unreserved-tcp-port")).containsExactly("");
  }

  @Test
  void stringsDecodeEscapesIncludingConsecutiveOctalOnes() throws Exception {
    // Amanda's unquote_string copies the character after an octal escape undecoded, so it reads
    // "\101\102" as A\102; jamanda reads AB.
    assertThat(ConfigTestFiles.global(root, "org \"\\101\\102 \\\"x\\\"\"", GlobalParameters.ORG))
        .isEqualTo("AB \"x\"");
  }

  @Test
  void integerPrioritiesAreAccepted() throws Exception {
    // amanda.conf(5) allows an integer; Amanda 3.5.1's lexer rejects it (see above), jamanda not.
    ServerConfig config = ConfigTestFiles.server(root, "define dumptype d {\n priority 7\n}\n");

    assertThat(config.dumptype("d").orElseThrow().value(DumptypeParameters.PRIORITY)).isEqualTo(7);
    assertThat(ConfigQuery.of(config).lookup("dumptype:d:priority")).containsExactly("7");
  }

  @Test
  void keywordValuesIgnoreCaseAndDashes() throws Exception {
    ServerConfig config =
        ConfigTestFiles.server(
            root,
            """
            define script-tool s {
              execute_on PRE-DLE-backup, post_host_AMCHECK
            }
            taperalgo LargestFit
            """);

    assertThat(
            config
                .section(SectionKind.SCRIPT, "s")
                .orElseThrow()
                .value(ScriptParameters.EXECUTE_ON))
        .isEqualTo(Set.of(ExecuteOn.PRE_DLE_BACKUP, ExecuteOn.POST_HOST_AMCHECK));
    assertThat(config.value(GlobalParameters.TAPERALGO)).isEqualTo(TaperAlgo.LARGESTFIT);
  }

  @Test
  void appendAddsToAListAndAPlainLineReplacesIt() throws Exception {
    Section d1 = values.dumptype("d1").orElseThrow();

    assertThat(d1.value(DumptypeParameters.EXCLUDE).file()).containsExactly("a", "b");
    assertThat(d1.value(DumptypeParameters.INCLUDE).list()).containsExactly("x", "y", "z");
    assertThat(d1.value(DumptypeParameters.TAG)).containsExactly("a", "b");
  }

  @Test
  void compressWordsCombineIntoOneSetting() throws Exception {
    assertThat(values.dumptype("d1").orElseThrow().value(DumptypeParameters.COMPRESS))
        .isEqualTo(Compress.SERVER_FAST);
    assertThat(values.dumptype("d4").orElseThrow().value(DumptypeParameters.COMPRESS))
        .isEqualTo(Compress.CLIENT_CUSTOM);
  }

  @Test
  void holdingDiskSizesRoundDownToWholeBlocks() throws Exception {
    ServerConfig config =
        ConfigTestFiles.server(root, "holdingdisk h {\n  use 1000\n  chunksize 100\n}\n");

    Section disk = config.holdingDisks().get(0);

    assertThat(disk.value(HoldingdiskParameters.USE)).isEqualTo(992L);
    assertThat(disk.value(HoldingdiskParameters.CHUNKSIZE)).isEqualTo(96L);
  }

  @Test
  void autolabelWithATemplateAloneLabelsEmptyAndErrorVolumes() throws Exception {
    Autolabel autolabel =
        ConfigTestFiles.global(root, "autolabel \"D-%%\"", GlobalParameters.AUTOLABEL);

    assertThat(autolabel)
        .isEqualTo(
            new Autolabel(
                Optional.of("D-%%"),
                Set.of(AutolabelCondition.VOLUME_ERROR, AutolabelCondition.EMPTY)));
  }
}
