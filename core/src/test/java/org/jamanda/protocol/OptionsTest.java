package org.jamanda.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {
  private static final String SENDSIZE_OPTIONS =
      "OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=amlab-bsd;"
          + "config=Lab;timestamp=20261203162552;\n";

  @Test
  void readsEveryCapturedKeyInOrder() throws Exception {
    Options options = Options.parse(SENDSIZE_OPTIONS);

    assertThat(options.asMap().keySet())
        .containsExactly("features", "maxdumps", "hostname", "config", "timestamp");
    assertThat(options.value(ProtocolTokens.HOSTNAME)).contains("amlab-bsd");
    assertThat(options.features().orElseThrow().has(Feature.FE_REQ_XML)).isTrue();
  }

  @Test
  void formatsBackToTheSameLine() throws Exception {
    assertThat(Options.parse(SENDSIZE_OPTIONS).format()).isEqualTo(SENDSIZE_OPTIONS);
  }

  @Test
  void keepsBareFlagsOfOldPeers() throws Exception {
    Options options = Options.parse("OPTIONS |;auth=bsdtcp;index;");

    assertThat(options.value("index")).contains("");
    assertThat(options.value("auth")).contains("bsdtcp");
  }

  @Test
  void hasNoFeaturesWhenThePeerSentNone() throws Exception {
    assertThat(Options.parse("OPTIONS hostname=x;").features()).isEmpty();
  }

  @Test
  void rejectsBadFeaturesNamingTheField() {
    assertThatThrownBy(() -> Options.parse("OPTIONS features=zz;").features())
        .isInstanceOfSatisfying(
            MalformedPacketException.class, e -> assertThat(e.field()).isEqualTo("features"));
  }
}
