package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jamanda.protocol.Feature;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.JamandaFeatures;
import org.junit.jupiter.api.Test;

class RequestArgumentsTest {
  private static final Features AMANDA_351 = JamandaFeatures.FEATURES;

  @Test
  void buildsTheSelfcheckRequestAmanda351SentForTheLabsBsdDle() {
    AmcheckHost host = new AmcheckHost("amlab-bsd", List.of(labBsdDle()));

    RequestArguments.Built built =
        RequestArguments.selfcheck(host, AMANDA_351, JamandaFeatures.FEATURES, "Lab");

    String captured = Wire.read("selfcheck-req-xml-amlab-bsd.txt");
    assertThat("SECURITY USER backup\nSERVICE selfcheck\n" + built.arguments()).isEqualTo(captured);
    assertThat(built.dleCount()).isEqualTo(1);
    assertThat(built.messages()).isEmpty();
  }

  @Test
  void buildsTheNoopRequestWithOurFeatures() {
    assertThat(RequestArguments.noop(JamandaFeatures.FEATURES))
        .isEqualTo("OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;\n");
  }

  @Test
  void sendsOldClientsOneLinePerDleAndOnlyTheOptionsTheyKnow() {
    AmcheckDle classic = AmcheckDle.gnutar("/srv/my data", "bsd").withMaxdumps(2);
    AmcheckHost host = new AmcheckHost("old", List.of(classic));

    RequestArguments.Built built =
        RequestArguments.selfcheck(
            host, ClientCheckSettings.OLD_CLIENT_FEATURES, AMANDA_351, "Lab");

    assertThat(built.arguments())
        .isEqualTo(
            """
            OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=old;
            GNUTAR "/srv/my data" 0 OPTIONS |;bsd-auth;index;
            """);
  }

  @Test
  void refusesAnApplicationDleForAClientWithoutTheApplicationApi() {
    AmcheckHost host = new AmcheckHost("old", List.of(labBsdDle()));

    RequestArguments.Built built =
        RequestArguments.selfcheck(
            host, ClientCheckSettings.OLD_CLIENT_FEATURES, AMANDA_351, "Lab");

    assertThat(built.dleCount()).isZero();
    assertThat(lines(built.messages()))
        .containsExactly(
            "ERROR: old:/srv/amanda-lab/data/bsd does not support APPLICATION-API",
            "       Dumptype configuration is not GNUTAR or DUMP. It is case sensitive");
  }

  @Test
  void complainsAboutAClientThatCannotDoSelfcheckOrBackups() {
    Features noopOnly = Features.of(Set.of(Feature.FE_NOOP_REQ, Feature.FE_REQ_XML));
    AmcheckHost host = new AmcheckHost("ancient", List.of(AmcheckDle.gnutar("/", "bsd")));

    RequestArguments.Built built = RequestArguments.selfcheck(host, noopOnly, AMANDA_351, "C");

    assertThat(lines(built.messages()))
        .contains(
            "ERROR: Client ancient does not support selfcheck REQ packet",
            "       Client might be of a very old version",
            "ERROR: Client ancient does not support sendbackup REP packet")
        .hasSize(12);
    assertThat(built.arguments()).startsWith("OPTIONS \n<dle>\n");
  }

  @Test
  void sendsValuesWithSpacesOrMarkupBase64EncodedAsAmxmlDoes() {
    assertThat(DleText.tag("disk", "/srv/my data"))
        .isEqualTo("<disk encoding=\"raw\" raw=\"L3Nydi9teSBkYXRh\">/srv/my_data</disk>");
    assertThat(DleText.tag("disk", "/srv/a<b")).contains(">/srv/a_b</disk>");
    assertThat(DleText.tag("disk", "/srv/plain")).isEqualTo("<disk>/srv/plain</disk>");
  }

  @Test
  void writesCompressionExcludesAndDeviceInTheXmlForm() {
    AmcheckDle dle =
        new AmcheckDle(
            "home",
            Optional.of("/dev/sda1"),
            "DUMP",
            Optional.empty(),
            List.of("CLIENT", "CALCSIZE"),
            "bsdudp",
            Optional.empty(),
            1,
            AmcheckDle.Compress.CLIENT_FAST,
            false,
            false,
            new AmcheckDle.FileList(List.of("./tmp"), List.of("/etc/excl"), true),
            AmcheckDle.FileList.NONE);

    assertThat(DleText.xml(dle, AMANDA_351))
        .isEqualTo(
            """
            <dle>
              <program>DUMP</program>
              <estimate>CLIENT CALCSIZE </estimate>
              <disk>home</disk>
              <diskdevice>/dev/sda1</diskdevice>
              <auth>bsdudp</auth>
              <compress>FAST</compress>
              <record>NO</record>
              <datapath>AMANDA</datapath>
              <exclude>
                <file>./tmp</file>
                <list>/etc/excl</list>
                <optional>YES</optional>
              </exclude>
            </dle>
            """);
    assertThat(DleText.line(dle, AMANDA_351))
        .isEqualTo(
            "DUMP home /dev/sda1 0 OPTIONS"
                + " |;auth=bsdudp;compress-fast;no-record;exclude-file=./tmp;"
                + "exclude-list=/etc/excl;exclude-optional;\n");
  }

  static AmcheckDle labBsdDle() {
    return new AmcheckDle(
        "/srv/amanda-lab/data/bsd",
        Optional.empty(),
        "APPLICATION",
        Optional.of(new AmcheckDle.Application("amgtar", Map.of("atime-preserve", List.of("NO")))),
        List.of("CLIENT"),
        "bsd",
        Optional.empty(),
        2,
        AmcheckDle.Compress.NONE,
        true,
        true,
        AmcheckDle.FileList.NONE,
        AmcheckDle.FileList.NONE);
  }

  private static List<String> lines(List<CheckMessage> messages) {
    List<String> lines = new ArrayList<>();
    messages.forEach(m -> lines.addAll(m.lines()));
    return lines;
  }
}
