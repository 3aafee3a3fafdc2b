package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jamanda.protocol.Features;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.service.DleOptions.Compression;
import org.jamanda.protocol.service.LegacyDleParser.Dialect;
import org.junit.jupiter.api.Test;

class LegacyDleParserTest {
  /** The planner's legacy sendsize line (captures/probe-legacy-nonxml-dialect.pcap). */
  private static final String SENDSIZE_LINE =
      "GNUTAR /srv/amanda-lab/data/classic 0 1970:1:1:0:0:0 -1 OPTIONS |;auth=bsdtcp;index;";

  private static DleRequest parse(String line, Dialect dialect, Features peer)
      throws MalformedPacketException {
    return LegacyDleParser.parse("sendsize request", line, 3, dialect, peer);
  }

  private static void assertRejected(String line, Dialect dialect, String message) {
    assertThatThrownBy(() -> parse(line, dialect, JamandaFeatures.FEATURES))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage(message);
  }

  @Test
  void readsTheLegacySendsizeLine() throws Exception {
    DleRequest dle = parse(SENDSIZE_LINE, Dialect.SENDSIZE, JamandaFeatures.FEATURES);

    assertThat(dle.program()).isEqualTo("GNUTAR");
    assertThat(dle.disk()).isEqualTo("/srv/amanda-lab/data/classic");
    assertThat(dle.device()).isEqualTo("/srv/amanda-lab/data/classic");
    assertThat(dle.levels()).containsExactly(new DleLevel(0, false));
    assertThat(dle.options().dumpdate()).contains("1970:1:1:0:0:0");
    assertThat(dle.options().spindle()).isEqualTo(-1);
    assertThat(dle.options().auth()).contains("bsdtcp");
    assertThat(dle.options().index()).isTrue();
    assertThat(dle.optionErrors()).isEmpty();
  }

  @Test
  void doesNotKnowAuthWhenTheRequesterLacksFeatures() throws Exception {
    // As the real client answered a REQ without features: ERROR [unknown option: auth=bsdtcp].
    DleRequest dle = parse(SENDSIZE_LINE, Dialect.SENDSIZE, PeerFeatures.AMANDA_2_DEFAULT);

    assertThat(dle.options().auth()).isEmpty();
    assertThat(dle.optionErrors()).containsExactly("unknown option: auth=bsdtcp");
  }

  @Test
  void readsBsdAuthAndReportsRepeatedOptions() throws Exception {
    DleRequest dle =
        parse(
            "GNUTAR /a 0 OPTIONS |;bsd-auth;index;index;compress-fast;compress-best;",
            Dialect.SELFCHECK,
            PeerFeatures.AMANDA_2_DEFAULT);

    assertThat(dle.options().auth()).contains("bsd");
    assertThat(dle.options().compress()).isEqualTo(Compression.BEST);
    assertThat(dle.optionErrors())
        .containsExactly("multiple index option", "multiple compress option");
  }

  @Test
  void readsSelfcheckLineWithDeviceCalcsizeAndQuotedDisk() throws Exception {
    DleRequest dle =
        parse(
            "CALCSIZE GNUTAR \"/my disk\" /dev/sda1 0 OPTIONS |;exclude-list=\"my list\";",
            Dialect.SELFCHECK,
            JamandaFeatures.FEATURES);

    assertThat(dle.estimates()).containsExactly(Estimate.CALCSIZE);
    assertThat(dle.disk()).isEqualTo("/my disk");
    assertThat(dle.device()).isEqualTo("/dev/sda1");
    assertThat(dle.options().exclude().lists()).containsExactly("my list");
  }

  @Test
  void readsApplicationPluginAndSelfcheckLineWithoutOptions() throws Exception {
    DleRequest dle = parse("APPLICATION amgtar /a 0", Dialect.SELFCHECK, JamandaFeatures.FEATURES);

    assertThat(dle.programName()).isEqualTo("amgtar");
    assertThat(dle.options()).isEqualTo(DleOptions.DEFAULTS);
  }

  @Test
  void readsSendbackupLine() throws Exception {
    DleRequest dle =
        parse(
            "GNUTAR /srv/amanda-lab/data/classic 0 1970:1:1:0:0:0 OPTIONS |;auth=bsdtcp;index;",
            Dialect.SENDBACKUP,
            JamandaFeatures.FEATURES);

    assertThat(dle.options().dumpdate()).contains("1970:1:1:0:0:0");
    assertThat(dle.options().auth()).contains("bsdtcp");
  }

  @Test
  void readsSendsizeExcludeParametersAfterTheSpindle() throws Exception {
    DleRequest dle =
        parse(
            "GNUTAR /a 1 1970:1:1:0:0:0 2 exclude-file=./tmp include-list=\"in list\"",
            Dialect.SENDSIZE,
            JamandaFeatures.FEATURES);

    assertThat(dle.options().spindle()).isEqualTo(2);
    assertThat(dle.options().exclude().files()).containsExactly("./tmp");
    assertThat(dle.options().include().lists()).containsExactly("in list");
  }

  @Test
  void rejectsABadLevel() {
    assertRejected(
        "GNUTAR /a 0x 1970:1:1:0:0:0", Dialect.SENDSIZE, "sendsize request:3:11: bad level '0x'");
  }

  @Test
  void rejectsALevelOutOfRange() {
    assertRejected(
        "GNUTAR /a 400 OPTIONS |;", Dialect.SELFCHECK, "sendsize request:3:11: bad level '400'");
  }

  @Test
  void rejectsAMissingDumpdate() {
    assertRejected(
        "GNUTAR /a 0", Dialect.SENDBACKUP, "sendsize request:3:12: no dumpdate in 'GNUTAR /a 0'");
  }

  @Test
  void rejectsABadSpindle() {
    assertRejected(
        "GNUTAR /a 0 1970:1:1:0:0:0 x1",
        Dialect.SENDSIZE,
        "sendsize request:3:28: bad spindle 'x1'");
  }

  @Test
  void rejectsSomethingElseWhereOptionsBelong() {
    assertRejected(
        "GNUTAR /a 0 1970:1:1:0:0:0 |;index;",
        Dialect.SENDBACKUP,
        "sendsize request:3:28: expected OPTIONS, found '|;index;'");
  }

  @Test
  void rejectsAnUnknownSendsizeParameter() {
    assertRejected(
        "GNUTAR /a 0 1970:1:1:0:0:0 -1 frobnicate=1",
        Dialect.SENDSIZE,
        "sendsize request:3:31: invalid parameter 'frobnicate=1'");
  }

  @Test
  void rejectsAnEmptyLine() {
    assertRejected("", Dialect.SELFCHECK, "sendsize request:3:1: no program name in ''");
  }
}
