package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.service.DleOptions.Compression;
import org.jamanda.protocol.service.DleOptions.DataPath;
import org.junit.jupiter.api.Test;

class DleXmlParserTest {
  /** The two DLEs of amcheck's selfcheck REQ, verbatim (amanda-wire.md §7.2). */
  static final String SELFCHECK_XML =
      """
      <dle>
        <program>GNUTAR</program>
        <estimate>CLIENT </estimate>
        <disk>/srv/amanda-lab/data/classic</disk>
        <auth>bsdtcp</auth>
        <record>YES</record>
        <index>YES</index>
        <datapath>AMANDA</datapath>
      </dle>
      <dle>
        <program>APPLICATION</program>
        <backup-program>
          <plugin>amgtar</plugin>
          <property>
            <name>atime-preserve</name>
            <value>NO</value>
          </property>
        </backup-program>
        <estimate>CLIENT </estimate>
        <disk>/srv/amanda-lab/data/tcp</disk>
        <auth>bsdtcp</auth>
        <record>YES</record>
        <index>YES</index>
        <datapath>AMANDA</datapath>
      </dle>
      """;

  /** The planner's sendsize DLE, verbatim, with its odd spindle indent (amanda-wire.md §7.3). */
  static final String SENDSIZE_XML =
      """
      <dle>
        <program>APPLICATION</program>
        <backup-program>
          <plugin>amgtar</plugin>
          <property>
            <name>atime-preserve</name>
            <value>NO</value>
          </property>
        </backup-program>
        <estimate>CLIENT </estimate>
        <disk>/srv/amanda-lab/data/bsd</disk>
        <level>0<server>YES</server></level>
        <level>1</level>
          <spindle>-1</spindle>
        <auth>bsd</auth>
        <record>YES</record>
        <index>YES</index>
        <datapath>AMANDA</datapath>
      </dle>
      """;

  /** The dumper's sendbackup DLE, verbatim, backup-program last (amanda-wire.md §7.4). */
  static final String SENDBACKUP_XML =
      """
      <dle>
        <program>APPLICATION</program>
        <disk>/srv/amanda-lab/data/tcp</disk>
        <level>0</level>
        <auth>bsdtcp</auth>
        <record>YES</record>
        <index>YES</index>
        <datapath>AMANDA</datapath>
        <backup-program>
          <plugin>amgtar</plugin>
          <property>
            <name>atime-preserve</name>
            <value>NO</value>
          </property>
        </backup-program>
      </dle>
      """;

  private final List<String> ignored = new ArrayList<>();

  private List<DleRequest> parse(String xml) throws MalformedPacketException {
    return DleXmlParser.parse("selfcheck request", xml, 2, ignored::add);
  }

  private void assertRejected(String xml, String message) {
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage(message);
  }

  @Test
  void readsAmchecksGnutarDle() throws Exception {
    DleRequest classic = parse(SELFCHECK_XML).get(0);

    assertThat(classic.program()).isEqualTo("GNUTAR");
    assertThat(classic.application()).isEmpty();
    assertThat(classic.disk()).isEqualTo("/srv/amanda-lab/data/classic");
    assertThat(classic.device()).isEqualTo("/srv/amanda-lab/data/classic");
    assertThat(classic.estimates()).containsExactly(Estimate.CLIENT);
    assertThat(classic.levels()).isEmpty();
    assertThat(classic.options().auth()).contains("bsdtcp");
    assertThat(classic.options().record()).isTrue();
    assertThat(classic.options().index()).isTrue();
    assertThat(classic.options().dataPath()).isEqualTo(DataPath.AMANDA);
    assertThat(classic.options().compress()).isEqualTo(Compression.NONE);
  }

  @Test
  void readsAmchecksAmgtarDleWithItsProperty() throws Exception {
    DleRequest tcp = parse(SELFCHECK_XML).get(1);

    assertThat(tcp.program()).isEqualTo(DleRequest.APPLICATION);
    assertThat(tcp.programName()).isEqualTo("amgtar");
    assertThat(tcp.application().orElseThrow().properties())
        .containsExactly(new DleProperty("atime-preserve", List.of("NO"), false));
    assertThat(tcp.application().orElseThrow().property("ATIME-PRESERVE")).isPresent();
    assertThat(tcp.properties()).isEmpty();
    assertThat(tcp.disk()).isEqualTo("/srv/amanda-lab/data/tcp");
    assertThat(ignored).isEmpty();
  }

  @Test
  void readsSendsizeLevelsServerFlagAndSpindle() throws Exception {
    DleRequest bsd = parse(SENDSIZE_XML).get(0);

    assertThat(bsd.levels()).containsExactly(new DleLevel(0, true), new DleLevel(1, false));
    assertThat(bsd.options().spindle()).isEqualTo(-1);
    assertThat(bsd.options().auth()).contains("bsd");
  }

  @Test
  void readsSendbackupWithBackupProgramAfterTheOtherElements() throws Exception {
    DleRequest tcp = parse(SENDBACKUP_XML).get(0);

    assertThat(tcp.programName()).isEqualTo("amgtar");
    assertThat(tcp.levels()).containsExactly(new DleLevel(0, false));
  }

  @Test
  void readsRawBase64ValuesInsteadOfThePlaceholderText() throws Exception {
    // amxml_format_tag writes "/tmp/a b" as raw base64 with '_' in place of the blank.
    String xml =
        "<dle><program>GNUTAR</program>"
            + "<disk encoding=\"raw\" raw=\"L3RtcC9hIGI=\">/tmp/a_b</disk></dle>";

    assertThat(parse(xml).get(0).disk()).isEqualTo("/tmp/a b");
  }

  @Test
  void decodesEntitiesAndCharacterReferencesAsWireBytes() throws Exception {
    String xml = "<dle><program>GNUTAR</program><disk>/a&amp;b&lt;&#233;</disk></dle>";

    // U+00E9 travels as its two UTF-8 bytes, one char each, like the rest of the body.
    assertThat(parse(xml).get(0).disk()).isEqualTo("/a&b<\u00c3\u00a9");
  }

  @Test
  void readsExcludeIncludeCompressionDeviceAndScripts() throws Exception {
    String xml =
        """
        <dle>
          <program>GNUTAR</program>
          <disk>home</disk>
          <diskdevice>/home</diskdevice>
          <compress>CUSTOM<custom-compress-program>/usr/bin/zstd</custom-compress-program></compress>
          <exclude><file>./tmp</file><list>.excl</list><optional>YES</optional></exclude>
          <include><file>./a*</file></include>
          <script>
            <plugin>amlog-script</plugin>
            <execute_on>PRE-DLE-AMCHECK,POST-DLE-AMCHECK</execute_on>
            <execute_where>CLIENT</execute_where>
          </script>
        </dle>
        """;

    DleRequest dle = parse(xml).get(0);

    assertThat(dle.device()).isEqualTo("/home");
    assertThat(dle.options().compress()).isEqualTo(Compression.CUSTOM);
    assertThat(dle.options().compressProgram()).contains("/usr/bin/zstd");
    assertThat(dle.options().exclude())
        .isEqualTo(new DleFilter(List.of("./tmp"), List.of(".excl"), true));
    assertThat(dle.options().include().files()).containsExactly("./a*");
    assertThat(dle.scripts())
        .containsExactly(
            new DleScript(
                "amlog-script",
                List.of("PRE-DLE-AMCHECK", "POST-DLE-AMCHECK"),
                "CLIENT",
                List.of(),
                Optional.empty()));
  }

  @Test
  void skipsUnknownElementsWithTheirContentAndReportsThem() throws Exception {
    String xml =
        "<dle><program>GNUTAR</program><shiny><disk>/no</disk></shiny>"
            + "<disk>/yes</disk><future-flag>YES</future-flag></dle>";

    assertThat(parse(xml).get(0).disk()).isEqualTo("/yes");
    assertThat(ignored).containsExactly("shiny", "future-flag");
  }

  @Test
  void acceptsCommentsProcessingInstructionsAndCdata() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!-- from a test --><dle><program>GNUTAR</program>"
            + "<disk><![CDATA[/x<y]]></disk></dle>";

    assertThat(parse(xml).get(0).disk()).isEqualTo("/x<y");
  }

  @Test
  void rejectsAnEndTagThatDoesNotMatch() {
    assertRejected(
        "<dle>\n  <disk>/a</program>\n</dle>",
        "selfcheck request:3:11: end tag '</program>' does not match '<disk>' opened at 3:3");
  }

  @Test
  void rejectsInputThatEndsInsideADle() {
    assertRejected(
        "<dle>\n  <program>GNUTAR</program>\n",
        "selfcheck request:4:1: end of input inside '<dle>' opened at 2:1");
  }

  @Test
  void rejectsADuplicateDisk() {
    assertRejected(
        "<dle><program>GNUTAR</program><disk>/a</disk><disk>/b</disk></dle>",
        "selfcheck request:2:46: duplicate '<disk>' in one DLE");
  }

  @Test
  void rejectsAnIndexThatIsNeitherYesNorNo() {
    assertRejected(
        "<dle><program>GNUTAR</program><disk>/a</disk><index>maybe</index></dle>",
        "selfcheck request:2:53: '<index>' must be YES or NO, not 'maybe'");
  }

  @Test
  void rejectsApplicationWithoutPlugin() {
    assertRejected(
        "<dle><program>APPLICATION</program><disk>/a</disk></dle>",
        "selfcheck request:2:1: program set to APPLICATION but no application set");
  }

  @Test
  void rejectsADleWithoutDisk() {
    assertRejected(
        "<dle><program>GNUTAR</program></dle>", "selfcheck request:2:1: '<dle>' without '<disk>'");
  }

  @Test
  void rejectsAKnownElementInTheWrongPlace() {
    assertRejected(
        "<dle><program>GNUTAR</program><level><disk>/a</disk></level></dle>",
        "selfcheck request:2:38: '<disk>' is not allowed inside '<level>'");
  }

  @Test
  void rejectsTextOutsideAnyElement() {
    assertRejected("hello <dle></dle>", "selfcheck request:2:1: text outside any element 'hello'");
  }

  @Test
  void rejectsTextInADle() {
    assertRejected(
        "<dle>stray<program>GNUTAR</program><disk>/a</disk></dle>",
        "selfcheck request:2:6: '<dle>' has no text, found 'stray'");
  }

  @Test
  void rejectsAnUnknownEntity() {
    assertRejected(
        "<dle><program>GNUTAR</program><disk>/a&nbsp;</disk></dle>",
        "selfcheck request:2:39: unknown entity '&nbsp;'");
  }

  @Test
  void rejectsALevelThatIsNotANumber() {
    assertRejected(
        "<dle><program>GNUTAR</program><disk>/a</disk><level>one</level></dle>",
        "selfcheck request:2:53: '<level>' must be a number from 0 to 399, not 'one'");
  }

  @Test
  void rejectsRawThatIsNotBase64() {
    assertRejected(
        "<dle><program>GNUTAR</program><disk raw=\"%%%\">x</disk></dle>",
        "selfcheck request:2:31: 'raw' attribute is not base64: '%%%'");
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    String deep = "<x>".repeat(XmlReader.MAX_DEPTH + 1);

    assertRejected(
        "<dle><program>GNUTAR</program><disk>/a</disk>" + deep,
        "selfcheck request:2:139: elements nested deeper than 32 '<x>'");
  }

  @Test
  void rejectsPropertyWithoutName() {
    assertRejected(
        "<dle><program>GNUTAR</program><disk>/a</disk><property><value>1</value></property>"
            + "</dle>",
        "selfcheck request:2:46: '<property>' without '<name>'");
  }
}
