package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jamanda.protocol.InputTooLongException;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.protocol.MalformedPacketException;
import org.junit.jupiter.api.Test;

class SelfcheckRequestTest {
  /** amcheck's selfcheck arguments over bsdtcp, verbatim (amanda-wire.md §7.2). */
  static final String AMCHECK_ARGUMENTS =
      "OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=localhost;"
          + "config=Lab;\n"
          + DleXmlParserTest.SELFCHECK_XML;

  private final List<String> ignored = new ArrayList<>();

  @Test
  void readsAmchecksRequest() throws Exception {
    SelfcheckRequest request = SelfcheckRequest.parse(AMCHECK_ARGUMENTS, ignored::add);

    assertThat(request.peerFeatures()).isEqualTo(JamandaFeatures.FEATURES);
    assertThat(request.wantsJson()).isTrue();
    assertThat(request.hostname()).contains("localhost");
    assertThat(request.options().value("config")).contains("Lab");
    assertThat(request.dles())
        .extracting(DleRequest::programName)
        .containsExactly("GNUTAR", "amgtar");
  }

  @Test
  void readsLegacyLinesWhenTheRequesterHasNoFeatures() throws Exception {
    String arguments =
        """
        OPTIONS hostname=localhost;
        GNUTAR /srv/amanda-lab/data/classic 0 OPTIONS |;auth=bsdtcp;index;

        GNUTAR /srv/amanda-lab/data/tcp 0 OPTIONS |;bsd-auth;
        """;

    SelfcheckRequest request = SelfcheckRequest.parse(arguments, ignored::add);

    assertThat(request.wantsJson()).isFalse();
    assertThat(request.peerFeatures()).isEqualTo(PeerFeatures.AMANDA_2_DEFAULT);
    assertThat(request.dles()).hasSize(2);
    assertThat(request.dles().get(0).optionErrors()).containsExactly("unknown option: auth=bsdtcp");
    assertThat(request.dles().get(1).options().auth()).contains("bsd");
  }

  @Test
  void namesTheLineOfABadLegacyDle() {
    String arguments = "OPTIONS hostname=h;\nGNUTAR /a 0 OPTIONS |;\nGNUTAR /b\n";

    assertThatThrownBy(() -> SelfcheckRequest.parse(arguments, ignored::add))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage("selfcheck request:3:10: no level in 'GNUTAR /b'");
  }

  @Test
  void rejectsArgumentsWithoutOptionsLine() {
    assertThatThrownBy(() -> SelfcheckRequest.parse("<dle></dle>\n", ignored::add))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage("selfcheck request:1:1: missing OPTIONS line, found '<dle></dle>'");
  }

  @Test
  void rejectsASecondOptionsLine() {
    assertThatThrownBy(
            () -> SelfcheckRequest.parse("OPTIONS hostname=a;\nOPTIONS hostname=b;\n", x -> {}))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage(
            "selfcheck request:2:1: multiple OPTIONS lines in selfcheck input: "
                + "'OPTIONS hostname=b;'");
  }

  @Test
  void rejectsFeaturesThatAreNotHexadecimal() {
    assertThatThrownBy(() -> SelfcheckRequest.parse("OPTIONS features=zz;\n", x -> {}))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("not hexadecimal: 'zz'");
  }

  @Test
  void rejectsArgumentsOverTheLimit() {
    String huge = "OPTIONS ;\n" + " ".repeat(SelfcheckRequest.MAX_CHARS);

    assertThatThrownBy(() -> SelfcheckRequest.parse(huge, x -> {}))
        .isInstanceOf(InputTooLongException.class)
        .hasMessage("selfcheck request too long: 4194314 bytes, limit 4194304");
  }

  @Test
  void acceptsAnEmptyDleList() throws Exception {
    String arguments = "OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;\n";

    assertThat(SelfcheckRequest.parse(arguments, x -> {}).dles()).isEmpty();
  }
}
