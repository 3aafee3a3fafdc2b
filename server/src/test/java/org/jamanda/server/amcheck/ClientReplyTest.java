package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jamanda.server.amcheck.ClientReply.BadJson;
import org.jamanda.server.amcheck.ClientReply.Err;
import org.jamanda.server.amcheck.ClientReply.Json;
import org.jamanda.server.amcheck.ClientReply.Line;
import org.jamanda.server.amcheck.ClientReply.Ok;
import org.jamanda.server.amcheck.ClientReply.Options;
import org.jamanda.server.amcheck.ClientReply.Unknown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientReplyTest {
  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of("", List.of()),
        Arguments.of("OPTIONS features=ffff;\n", List.of(new Options(Optional.of("ffff")))),
        Arguments.of(
            "OPTIONS hostname=db1;features=00ff;maxdumps=2;\n",
            List.of(new Options(Optional.of("00ff")))),
        Arguments.of("OPTIONS ;\n", List.of(new Options(Optional.empty()))),
        Arguments.of("OPTIONS xfeatures=12;\n", List.of(new Options(Optional.empty()))),
        Arguments.of("OPTIONS features=ab", List.of(new Options(Optional.of("ab")))),
        Arguments.of("OK /srv/data\n", List.of(new Ok("/srv/data"))),
        Arguments.of(
            "ERROR  [unknown option: auth=bsdtcp]\n",
            List.of(new Err("[unknown option: auth=bsdtcp]"))),
        Arguments.of("\n\nOK a\n\n", List.of(new Ok("a"))),
        Arguments.of("OK\n", List.of(new Unknown("OK"))),
        Arguments.of("CONNECT DATA 50000\n", List.of(new Unknown("CONNECT DATA 50000"))),
        Arguments.of(
            "OPTIONS features=01;\nMESSAGE JSON\n{\"message\" : \"m\"}\nOK not a line\n",
            List.of(
                new Options(Optional.of("01")),
                new BadJson("bad JSON message at offset 18: expected '{' in 'OK not a line\\n'"))),
        Arguments.of("MESSAGE JSON", List.of(new Json(List.of()))));
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void splitsABodyIntoTheLinesAmcheckTellsApart(String body, List<Line> lines) {
    assertThat(ClientReply.parse(body).lines()).isEqualTo(lines);
  }

  @Test
  void readsTheCapturedLegacyReplyLineByLine() {
    List<Line> lines = ClientReply.parse(Wire.read("selfcheck-rep-legacy-localhost.txt")).lines();

    assertThat(lines).hasSize(16);
    assertThat(lines.get(0)).isEqualTo(new Ok("version '3.5.1"));
    assertThat(lines.get(3))
        .isEqualTo(new Options(Optional.of("ffffffff9efefbfffffffffffffff3fffbf71f")));
    assertThat(lines.get(4)).isEqualTo(new Err("[unknown option: auth=bsdtcp]"));
    assertThat(lines.get(15)).isEqualTo(new Ok("dir '/etc' has more than 82763776 KB available"));
  }

  @Test
  void takesEverythingAfterMessageJsonAsTheMessages() {
    List<Line> lines = ClientReply.parse(Wire.read("selfcheck-rep-json-amlab-bsd.txt")).lines();

    assertThat(lines).hasSize(1);
    assertThat(((Json) lines.get(0)).messages()).hasSize(16);
  }
}
