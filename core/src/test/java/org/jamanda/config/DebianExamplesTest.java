package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jamanda.config.parse.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example configurations Debian's amanda packages ship (copied to config/debian; see
 * config/debian/NOTES for the two kinds of edit made) and the protocol lab's configuration
 * (config/lab) load, and their values print as Debian's amgetconf prints them. The recordings were
 * made by config/amgetconf/record.sh on the same files.
 */
class DebianExamplesTest {
  static Stream<Arguments> serverRecordings() {
    return Stream.of(
            row("debian/examples-le0", "examples-le0-expected.tsv"),
            row("debian/quick", "quick-expected.tsv"),
            row("lab/Lab", "lab-expected.tsv"),
            row("debian/template.d/advanced", "template-advanced-expected.tsv"),
            row("debian/template.d/amanda-CAStor", "template-amanda-CAStor-expected.tsv"),
            row("debian/template.d/amanda-S3", "template-amanda-S3-expected.tsv"),
            row("debian/template.d/amanda-harddisk", "template-amanda-harddisk-expected.tsv"),
            row("debian/template.d/amanda-single-tape", "template-amanda-single-tape-expected.tsv"),
            row(
                "debian/template.d/amanda-tape-changer",
                "template-amanda-tape-changer-expected.tsv"))
        .flatMap(List::stream);
  }

  static Stream<Arguments> clientRecordings() {
    return Stream.of(
            row("debian/client", "client-expected.tsv"),
            row("debian/client-postgresql", "client-postgresql-expected.tsv"),
            row("lab/Lab", "lab-client-expected.tsv"))
        .flatMap(List::stream);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("serverRecordings")
  void serverExamplesPrintAsDebiansAmgetconf(String dir, String parameter, int status, String out)
      throws Exception {
    ServerConfig config = ServerConfig.read(TestResources.config(dir));
    ConfigQuery query = ConfigQuery.of(config, Disklist.read(config));

    AmgetconfRecording.check(query, parameter, status, out, portDifferences(config));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("clientRecordings")
  void clientExamplesPrintAsDebiansAmgetconf(String dir, String parameter, int status, String out)
      throws Exception {
    Path file = TestResources.config(dir).resolve("amanda-client.conf");
    ClientConfig config = ClientConfig.read(file.getParent(), "x", List.of(file));

    AmgetconfRecording.check(
        ConfigQuery.of(config), parameter, status, out, portDifferences(config.globals()));
  }

  static List<Arguments> everyKeywordOfTheLab() {
    return AmgetconfRecording.rows("lab-every-keyword-expected.tsv");
  }

  /**
   * Every keyword of every kind of section the lab defines, defaults included: checks the defaults
   * against Debian's build. ssl-dir defaults under the configuration root, which is /etc/amanda for
   * Debian and the test resources here.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKeywordOfTheLab")
  void everyKeywordOfTheLabPrintsAsDebiansAmgetconf(String parameter, int status, String out)
      throws Exception {
    ServerConfig lab = ServerConfig.read(TestResources.config("lab/Lab"));
    Map<String, String> differ =
        Map.of("ssl-dir", TestResources.config("lab").resolve("ssl").toString());

    AmgetconfRecording.check(ConfigQuery.of(lab), parameter, status, out, differ);
  }

  static List<Arguments> everyClientKeyword() {
    return AmgetconfRecording.rows("client-every-keyword-expected.tsv");
  }

  /**
   * Every keyword of amanda-client.conf on Debian's example. Besides ssl-dir and the port ranges
   * (see above), top-level {@code application} and {@code script} differ: Amanda stores them at the
   * index of a dumptype setting inside its global table, so it prints whatever global sits there
   * ("ttt", "0"); jamanda prints them unset.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyClientKeyword")
  void everyClientKeywordPrintsAsDebiansAmgetconf(String parameter, int status, String out)
      throws Exception {
    Path file = TestResources.config("debian/client/amanda-client.conf");
    ClientConfig client = ClientConfig.read(file.getParent(), "client", List.of(file));
    Map<String, String> differ = new HashMap<>(AmgetconfRecording.UNSET_PORT_RANGES);
    differ.put("ssl-dir", file.getParent().resolve("ssl").toString());
    differ.put("application", "");
    differ.put("script", "\"\"");

    AmgetconfRecording.check(ConfigQuery.of(client), parameter, status, out, differ);
  }

  @Test
  void theMainExampleHasItsTapetypesDumptypesAndHoldingDisk() throws Exception {
    ServerConfig config = ServerConfig.read(TestResources.config("debian/examples"));

    assertThat(config.inparallel()).isEqualTo(4);
    assertThat(config.dumpcycle()).isEqualTo(28);
    assertThat(config.tapetype().name()).isEqualTo("HP-DAT");
    assertThat(config.tapetype().value(TapetypeParameters.LENGTH)).isEqualTo(1930L * 1024);
    assertThat(config.holdingDisks()).extracting(Section::name).containsExactly("hd1");
    assertThat(config.dumptype("comp-user-tar").orElseThrow().value(DumptypeParameters.COMPRESS))
        .isEqualTo(Compress.CLIENT_FAST);
  }

  @Test
  void theMainExampleDisklistNamesAnInterfaceItsConfigurationLacks() throws Exception {
    ServerConfig config = ServerConfig.read(TestResources.config("debian/examples"));

    assertThatThrownBy(() -> Disklist.read(config))
        .isInstanceOf(ConfigException.class)
        .hasMessage(config.diskfile() + ":50:5: undefined network interface 'le0'");
  }

  @Test
  void theMainExampleDisklistReadsOnceLe0IsDefined() throws Exception {
    ServerConfig config = ServerConfig.read(TestResources.config("debian/examples-le0"));

    Disklist disklist = Disklist.read(config);

    assertThat(disklist.entries()).hasSize(32);
    Dle usr = disklist.entriesOf("slowsrv").get(1);
    assertThat(usr.diskName()).isEqualTo("/usr");
    assertThat(usr.dumptype().name()).isEqualTo("custom(slowsrv:_usr).2");
    assertThat(usr.dumptype().value(DumptypeParameters.COMPRESS)).isEqualTo(Compress.SERVER_FAST);
    assertThat(usr.dumptype().value(DumptypeParameters.PROGRAM)).isEqualTo("GNUTAR");
    assertThat(usr.spindle()).isEqualTo(2);
    assertThat(usr.interfaceName()).isEqualTo("le0");
    assertThat(disklist.entriesOf("hosta").get(0).diskDevice()).contains("/diskA");
  }

  @Test
  void theQuickExampleIncludesItsTapetypesAndDumptypes() throws Exception {
    ServerConfig config = ServerConfig.read(TestResources.config("debian/quick"));

    Dle dle = Disklist.read(config).entries().get(0);

    assertThat(config.tapetype().name()).isEqualTo("CD650");
    assertThat(dle.host()).isEqualTo("debian-fresh-install");
    assertThat(dle.auth()).isEqualTo("ssh");
    assertThat(dle.dumptype().value(DumptypeParameters.APPLICATION)).isEqualTo("amgtar");
  }

  @Test
  void theTemplatesReadTheirSharedFiles() throws Exception {
    ServerConfig s3 = ServerConfig.read(TestResources.config("debian/template.d/amanda-S3"));

    assertThat(s3.tapetype().name()).isEqualTo("S3");
    assertThat(s3.dumpcycle()).isEqualTo(7);
    assertThat(s3.files()).hasSize(1);
  }

  @Test
  void theLabConfigurationHasItsPortRangesAndDles() throws Exception {
    ServerConfig config = ServerConfig.read(TestResources.config("lab/Lab"));

    Disklist disklist = Disklist.read(config);

    assertThat(config.reservedUdpPort()).contains(new IntRange(850, 854));
    assertThat(config.reservedTcpPort()).contains(new IntRange(700, 710));
    assertThat(config.unreservedTcpPort()).contains(new IntRange(50010, 50030));
    assertThat(disklist.hosts()).containsExactly("amlab-bsd", "localhost");
    assertThat(disklist.entriesOf("amlab-bsd").get(0).auth()).isEqualTo("bsd");
    assertThat(config.holdingDisks().get(0).value(HoldingdiskParameters.USE)).isEqualTo(262144L);
  }

  @Test
  void theLabClientConfigurationsOverrideInOrder() throws Exception {
    ConfigDirectory dir = ConfigDirectory.locate(Optional.of(TestResources.config("lab")));

    ClientConfig client = dir.loadClient(Optional.of("Lab"));

    assertThat(client.files()).hasSize(2);
    assertThat(client.conf()).isEqualTo("Lab");
    assertThat(client.indexServer()).isEqualTo("localhost");
    assertThat(client.reservedTcpPort()).contains(new IntRange(700, 710));
  }

  private static Map<String, String> portDifferences(ServerConfig config) {
    return portDifferences(config.globals());
  }

  private static Map<String, String> portDifferences(Section globals) {
    return globals.isSet(GlobalParameters.RESERVED_UDP_PORT)
        ? Map.of()
        : AmgetconfRecording.UNSET_PORT_RANGES;
  }

  private static List<Arguments> row(String dir, String tsv) {
    return AmgetconfRecording.rows(tsv).stream()
        .map(a -> Arguments.of(dir, a.get()[0], a.get()[1], a.get()[2]))
        .toList();
  }
}
