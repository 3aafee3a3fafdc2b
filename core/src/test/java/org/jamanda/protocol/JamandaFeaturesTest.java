package org.jamanda.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JamandaFeaturesTest {
  @Test
  void advertisesExactlyWhatAmanda351Sends() {
    // The string every 3.5.1 program sent in captures/amdump.pcap (amanda-wire.md §4.3).
    assertThat(JamandaFeatures.FEATURES.format())
        .isEqualTo("ffffffff9efefbfffffffffffffff3fffbf71f");
  }

  @Test
  void includesTheSelfcheckMessageAndXmlRequestFeatures() {
    assertThat(JamandaFeatures.FEATURES.has(Feature.FE_SELFCHECK_MESSAGE)).isTrue();
    assertThat(JamandaFeatures.FEATURES.has(Feature.FE_REQ_XML)).isTrue();
    assertThat(JamandaFeatures.FEATURES.has(Feature.FE_SENDSIZE_MESSAGE)).isFalse();
  }
}
