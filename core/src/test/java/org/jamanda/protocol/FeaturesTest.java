package org.jamanda.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeaturesTest {
  /** What every Amanda 3.5.1 program sends (captures/amdump.pcap). */
  private static final String AMANDA_351 = "ffffffff9efefbfffffffffffffff3fffbf71f";

  @Test
  void readsAmandasStringBackUnchanged() throws Exception {
    assertThat(Features.parse(AMANDA_351).format()).isEqualTo(AMANDA_351);
  }

  @Test
  void findsTheFeaturesAmanda351LeavesOff() throws Exception {
    Features f = Features.parse(AMANDA_351);

    assertThat(f.has(Feature.FE_OPTIONS_KRB4_AUTH)).isFalse();
    assertThat(f.has(Feature.FE_REP_OPTIONS_MAXDUMPS)).isFalse();
    assertThat(f.has(Feature.FE_SELFCHECK_MESSAGE)).isTrue();
    assertThat(f.has(Feature.FE_SENDBACKUP_STREAM_STATE)).isTrue();
    assertThat(EnumSet.complementOf(EnumSet.copyOf(f.known())))
        .containsExactlyInAnyOrder(
            Feature.FE_OPTIONS_KRB4_AUTH,
            Feature.FE_REP_OPTIONS_MAXDUMPS,
            Feature.FE_REP_OPTIONS_HOSTNAME,
            Feature.FE_REP_OPTIONS_SENDBACKUP_OPTIONS,
            Feature.FE_AMIDXTAPED_NARGS,
            Feature.FE_SENDSIZE_MESSAGE,
            Feature.FE_SENDBACKUP_MESSAGE,
            Feature.FE_AMRECOVER_DATA_DONE,
            Feature.FE_RESTORE_DATA_DONE);
  }

  @Test
  void placesBitNInByteNShiftedThreeLeastSignificantFirst() {
    Features f = Features.of(Set.of(Feature.HAVE_FEATURE_SUPPORT, Feature.FE_NOOP_REQ));

    assertThat(f.format()).startsWith("0110");
  }

  @Test
  void acceptsUppercaseAndShortStrings() throws Exception {
    Features f = Features.parse("FF");

    assertThat(f.has(Feature.FE_SENDSIZE_REP)).isFalse();
    assertThat(f.has(Feature.HAVE_FEATURE_SUPPORT)).isTrue();
    assertThat(f.format()).isEqualTo("ff");
  }

  @Test
  void dropsAnOddLastDigit() throws Exception {
    assertThat(Features.parse("fff").format()).isEqualTo("ff");
  }

  @Test
  void rejectsNonHexDigits() {
    assertThatThrownBy(() -> Features.parse("UNKNOWNFEATURE"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage("features string is not hexadecimal: 'UNKNOWNFEATURE'");
  }

  @Test
  void jamandaAdvertisesAmanda351sSet() {
    assertThat(JamandaFeatures.FEATURES.format()).isEqualTo(AMANDA_351);
  }
}
