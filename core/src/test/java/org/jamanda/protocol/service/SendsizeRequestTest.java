package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jamanda.protocol.Features;
import org.jamanda.protocol.MalformedPacketException;
import org.junit.jupiter.api.Test;

class SendsizeRequestTest {
  /** The planner's sendsize request of amanda-wire.md §7.3, after its SERVICE line. */
  private static final String XML =
      "OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=amlab-bsd;"
          + "config=Lab;timestamp=20261203162552;\n"
          + DleXmlParserTest.SENDSIZE_XML;

  @Test
  void readsTheLevelsOfTheCapturedXmlRequest() throws Exception {
    SendsizeRequest request = SendsizeRequest.parse(XML, ignored -> {});

    assertThat(request.hostname()).contains("amlab-bsd");
    assertThat(request.dles()).hasSize(1);
    DleRequest dle = request.dles().get(0);
    assertThat(dle.disk()).isEqualTo("/srv/amanda-lab/data/bsd");
    assertThat(dle.programName()).isEqualTo("amgtar");
    assertThat(dle.levels()).containsExactly(new DleLevel(0, true), new DleLevel(1, false));
  }

  @Test
  void readsTheLegacyLineOfAnOldServer() throws Exception {
    SendsizeRequest request =
        SendsizeRequest.parse(
            "OPTIONS maxdumps=1;\n"
                + "GNUTAR /srv/amanda-lab/data/classic 0 1970:1:1:0:0:0 -1 OPTIONS"
                + " |;auth=bsdtcp;index;\n",
            ignored -> {});

    DleRequest dle = request.dles().get(0);
    assertThat(dle.program()).isEqualTo("GNUTAR");
    assertThat(dle.levels()).extracting(DleLevel::level).containsExactly(0);
  }

  @Test
  void refusesARequestWithoutOptionsLine() {
    assertThatThrownBy(() -> SendsizeRequest.parse("GNUTAR /x 0\n", ignored -> {}))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("missing OPTIONS line, found 'GNUTAR /x 0'");
  }

  @Test
  void formatsTheCapturedPartialReply() throws Exception {
    SendsizeReply reply =
        new SendsizeReply(Features.parse("ffffffff9efefbfffffffffffffff3fffbf71f"));
    reply.size("/srv/amanda-lab/data/bsd", 0, 1030);
    reply.size("/srv/amanda-lab/data/bsd", 1, 10);

    assertThat(reply.format())
        .isEqualTo(
            """
            OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;
            /srv/amanda-lab/data/bsd 0 SIZE 1030
            /srv/amanda-lab/data/bsd 1 SIZE 10
            """);
  }

  @Test
  void quotesDisksWithSpacesInErrorLines() throws Exception {
    SendsizeReply reply = new SendsizeReply(Features.parse("ff"));
    reply.error("/srv/with space", 0, "[tar exited with status 2]");

    assertThat(reply.format())
        .isEqualTo(
            "OPTIONS features=ff;\n\"/srv/with space\" 0 ERROR [tar exited with status 2]\n");
  }
}
