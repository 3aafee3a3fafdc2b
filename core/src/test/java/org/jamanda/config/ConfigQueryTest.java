package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jamanda.config.parse.ConfigException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * amgetconf answers, checked against Debian's amanda 3.5.1. The expected strings were not written
 * by hand: config/amgetconf/record.sh ran /usr/sbin/amgetconf on the very same files (for instance
 * {@code record.sh fmt fmt-params.txt > fmt-expected.tsv}) and each recorded row is replayed here.
 */
class ConfigQueryTest {
  private static ConfigQuery fmt;

  @BeforeAll
  static void load() throws ConfigException {
    fmt = ConfigQuery.of(ServerConfig.read(TestResources.config("amgetconf/fmt")));
  }

  static List<Arguments> fmtRecording() {
    return TestResources.recording("amgetconf/fmt-expected.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fmtRecording")
  void printsEachValueAsDebiansAmgetconf(String parameter, int status, String output)
      throws Exception {
    if (status == 0) {
      assertThat(String.join("\n", fmt.lookup(parameter))).isEqualTo(output);
    } else {
      assertThatThrownBy(() -> fmt.lookup(parameter))
          .isInstanceOf(UnknownParameterException.class)
          .hasMessage(output);
    }
  }

  static List<Arguments> fmtEveryKeyword() {
    return TestResources.recording("amgetconf/fmt-every-keyword-expected.tsv");
  }

  /**
   * Every keyword of every section kind the fixture defines. The defaults of ssl-dir, infofile,
   * logdir and indexdir lie under the configuration root: /etc/amanda for Debian, the test
   * resources here.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fmtEveryKeyword")
  void printsEveryKeywordAsDebiansAmgetconf(String parameter, int status, String output)
      throws Exception {
    Path root = TestResources.config("amgetconf");
    Map<String, String> differ =
        Map.of(
            "ssl-dir", root.resolve("ssl").toString(),
            "infofile", root.resolve("curinfo").toString(),
            "logdir", root.toString(),
            "indexdir", root.resolve("index").toString());

    AmgetconfRecording.check(fmt, parameter, status, output, differ);
  }

  @Test
  void aMissingGlobalPropertyPrintsNothingAtAll() throws Exception {
    assertThat(fmt.lookup("property:foo")).isEmpty();
  }

  @Test
  void anEmptyStringPrintsOneEmptyLine() throws Exception {
    assertThat(fmt.lookup("changerdev")).containsExactly("");
  }

  @Test
  void listsTheSectionsOfAKindInDefinitionOrder() throws Exception {
    assertThat(fmt.list("holdingdisk")).containsExactly("hd1", "hd2");
    assertThat(fmt.list("application-tool"))
        .containsExactly("app_amgtar", "custom(DUMPTYPE:inline-dt).1");
  }
}
