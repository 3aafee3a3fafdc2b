package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What selfcheck says about broken DLEs and hosts, with Amanda 3.5.1's codes and texts. */
class SelfcheckProblemsTest {
  @TempDir Path temp;

  private SelfcheckFixture host;

  @BeforeEach
  void setUp() throws IOException {
    host = new SelfcheckFixture(temp);
  }

  /** The messages after the four header messages, as "severity: text". */
  private List<String> body(ClientSettings settings, String... dles) throws Exception {
    List<String> texts =
        JsonMessages.texts(SelfcheckFixture.check(settings, SelfcheckFixture.xmlRequest(dles)));
    return texts.subList(4, texts.size());
  }

  private List<String> body(String... dles) throws Exception {
    return body(host.settings, dles);
  }

  private String ids() {
    ProcessIds ids = ProcessIds.current();
    return "(ruid:" + ids.ruid() + " euid:" + ids.euid() + ")";
  }

  @Test
  void reportsAMissingGnutarDirectoryWithErrnoFieldsFirst() throws Exception {
    Path missing = temp.resolve("data/missing");

    String reply = host.check(SelfcheckFixture.xmlRequest(SelfcheckFixture.gnutarDle(missing)));

    // Shaped as the real selfcheck's answer for a missing directory, path put in.
    assertThat(reply)
        .contains(
            """
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "1323",
                "severity" : "error",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600051",
                "merrno" : "2",
                "errnocode" : "ENOENT",
                "errnostr" : "No such file or directory",
                "type" : "access",
                "hostname" : "localhost",
                "device" : "@M@",
                "disk" : "@M@",
                "message" : "localhost: Could not access @M@ (@M@): No such file or directory"
              }\
            """
                .replace("@M@", missing.toString()));
    assertThat(JsonMessages.codes(reply)).doesNotContain("3600052", "3600053", "3600054");
  }

  @Test
  void reportsAGnutarDiskThatIsNotADirectory() throws Exception {
    Path file = Files.writeString(temp.resolve("afile"), "x");

    assertThat(body(SelfcheckFixture.gnutarDle(file)).get(0))
        .isEqualTo("error: localhost: Could not access %s (%s): Not a directory", file, file);
  }

  @Test
  void reportsAMissingAmgtarDirectoryAsAmgtarRelaysIt() throws Exception {
    Path gone = temp.resolve("data/gone");

    String reply = host.check(SelfcheckFixture.xmlRequest(SelfcheckFixture.amgtarDle(gone, "")));

    // amgtar's message read back by selfcheck: merrno moves behind errnostr.
    assertThat(reply)
        .contains(
            """
              {
                "source_filename" : "client_util.c",
                "source_line" : "1920",
                "severity" : "error",
                "process" : "amgtar",
                "running_on" : "amanda-client",
                "component" : "application",
                "module" : "amgtar",
                "code" : "3600062",
                "errnocode" : "ENOENT",
                "errnostr" : "No such file or directory",
                "merrno" : "2",
                "dirname" : "@G@",
                "message" : "can not stat '@G@': No such file or directory"
              }\
            """
                .replace("@G@", gone.toString()));
  }

  @Test
  void reportsAnAmgtarDiskThatIsNotADirectory() throws Exception {
    Path file = Files.writeString(temp.resolve("afile"), "x");

    assertThat(body(SelfcheckFixture.amgtarDle(file, "")))
        .contains("error: " + file + " is not a directory");
  }

  @Test
  void reportsAMissingGnutarListDir() throws Exception {
    Path classic = host.dir("classic");
    Files.delete(host.listdir);

    assertThat(body(SelfcheckFixture.gnutarDle(classic)))
        .contains("error: can not stat '" + host.listdir + "': No such file or directory");
  }

  @Test
  void checksTheAmandatesFileWhenNoListDirIsConfigured() throws Exception {
    Path classic = host.dir("classic");
    ClientSettings settings = host.settings.withGnutarListDir(Optional.empty());
    Path amandates = host.settings.amandates();

    assertThat(body(settings, SelfcheckFixture.gnutarDle(classic)))
        .contains("error: can not stat '" + amandates + "': No such file or directory");

    Files.writeString(amandates, "");
    assertThat(body(settings, SelfcheckFixture.gnutarDle(classic)))
        .contains("info: " + amandates + " read/writable " + ids());
  }

  @Test
  void asksForAListDirForAmgtarAndTakesItsProperty() throws Exception {
    Path tcp = host.dir("tcp");
    Path own = host.dir("own-lists");
    ClientSettings settings = host.settings.withGnutarListDir(Optional.empty());

    assertThat(body(settings, SelfcheckFixture.amgtarDle(tcp, "")))
        .contains("error: No GNUTAR-LISTDIR");
    assertThat(
            body(
                settings,
                SelfcheckFixture.amgtarDle(
                    tcp, SelfcheckFixture.property("gnutar-listdir", own.toString()))))
        .contains("info: " + own + "/. read/writable " + ids())
        .doesNotContain("error: No GNUTAR-LISTDIR");
  }

  @Test
  void saysGnutarIsNotAvailableWhenNoTarIsFound() throws Exception {
    Path empty = host.dir("empty-bin");
    ClientSettings settings =
        new ClientSettings(
            host.settings.version(),
            host.settings.localHostName(),
            host.settings.gnutarListDir(),
            host.settings.amandates(),
            Optional.empty(),
            List.of(empty),
            List.of(),
            host.settings.osRelease(),
            Optional.empty(),
            host.settings.tarTimeout());
    Path classic = host.dir("classic");
    Path tcp = host.dir("tcp");

    assertThat(
            body(
                settings, SelfcheckFixture.gnutarDle(classic), SelfcheckFixture.amgtarDle(tcp, "")))
        .containsSubsequence(
            "error: GNUTAR program not available", "error: GNUTAR program not available")
        .noneMatch(text -> text.contains("executable"));
  }

  @Test
  void treatsATarThatIsNotGnuTarAsNoGnutar() throws Exception {
    Path bsdtar = host.script("bsdtar", "echo 'bsdtar 3.6.2 - libarchive 3.6.2 zlib/1.2.13'");
    ClientSettings settings = host.settings.withGnutarPath(Optional.of(bsdtar));
    Path classic = host.dir("classic");
    Path tcp = host.dir("tcp");

    List<String> body =
        body(settings, SelfcheckFixture.gnutarDle(classic), SelfcheckFixture.amgtarDle(tcp, ""));

    assertThat(body)
        .containsSubsequence(
            "info: " + bsdtar + " executable " + ids(),
            "error: GNUTAR program not available",
            "info: " + bsdtar + " executable " + ids(),
            "error: GNUTAR program not available")
        .noneMatch(text -> text.contains("gtar-version"));
  }

  @Test
  void saysWhenTarCannotTellItsVersion() throws Exception {
    Path broken = host.script("tar", "exit 2");
    Path tcp = host.dir("tcp");
    String property = SelfcheckFixture.property("gnutar-path", broken.toString());

    assertThat(body(SelfcheckFixture.amgtarDle(tcp, property)))
        .contains("error: Can't get " + broken + " version");
  }

  @Test
  void reportsAGnutarPathPropertyThatDoesNotExist() throws Exception {
    Path tcp = host.dir("tcp");
    String missing = temp.resolve("no/tar").toString();

    assertThat(
            body(
                SelfcheckFixture.amgtarDle(tcp, SelfcheckFixture.property("gnutar-path", missing))))
        .contains("error: can not stat '" + missing + "': No such file or directory");
  }

  @Test
  void reportsABadYesNoPropertyBeforeTheOtherAmgtarMessages() throws Exception {
    Path tcp = host.dir("tcp");
    String property = SelfcheckFixture.property("sparse", "MAYBE");

    assertThat(body(SelfcheckFixture.amgtarDle(tcp, property)))
        .startsWith("error: bad SPARSE property value 'MAYBE'", "info: " + tcp);
  }

  @Test
  void namesTheDumpProgramAsNotAvailable() throws Exception {
    // Pins the LIMITATION in SelfcheckRun: no dump backup program.
    String dump =
        """
        <dle>
          <program>DUMP</program>
          <disk>/dev/sda1</disk>
          <index>YES</index>
        </dle>
        """;

    assertThat(body(dump))
        .startsWith("error: DUMP program not available", "error: RESTORE program not available");
  }

  @Test
  void namesAnApplicationJamandaDoesNotHave() throws Exception {
    Path tcp = host.dir("tcp");
    String amstar = SelfcheckFixture.amgtarDle(tcp, "").replace("amgtar", "amstar");

    assertThat(body(amstar))
        .startsWith(
            "error: "
                + tcp
                + ": Application 'amstar': jamanda has no application 'amstar'; it runs"
                + " amgtar",
            "error: " + tcp + ": Application 'amstar': can't run 'support' command");
  }

  @Test
  void namesAnUnknownProgram() throws Exception {
    String star = "<dle><program>STAR</program><disk>/x</disk></dle>\n";

    assertThat(body(star).get(0))
        .isEqualTo(
            "error: /x: Application 'STAR': unknown program; jamanda runs GNUTAR and APPLICATION"
                + " amgtar");
  }

  @Test
  void reportsClientScriptsAsUnsupported() throws Exception {
    // Pins the LIMITATION in SelfcheckRun: client scripts do not run.
    Path classic = host.dir("classic");
    String dle =
        SelfcheckFixture.gnutarDle(classic)
            .replace(
                "</dle>",
                """
                  <script>
                    <plugin>amlog-script</plugin>
                    <execute_on>PRE-DLE-AMCHECK</execute_on>
                    <execute_where>CLIENT</execute_where>
                  </script>
                </dle>""");

    assertThat(body(dle).get(0))
        .isEqualTo(
            "error: ERROR client script 'amlog-script' is not supported by jamanda; run it on the"
                + " server or remove it from the dumptype");
  }

  @Test
  void refusesDirectTcpAndCalcsizeForAmgtar() throws Exception {
    Path tcp = host.dir("tcp");
    String dle =
        SelfcheckFixture.amgtarDle(tcp, "")
            .replace("<datapath>AMANDA</datapath>", "<datapath>DIRECTTCP</datapath>")
            .replace("<estimate>CLIENT </estimate>", "<estimate>CALCSIZE</estimate>");

    assertThat(body(dle))
        .startsWith(
            "error: " + tcp + ": Application 'amgtar': doesn't support directtcp data-path",
            "error: " + tcp + ": Application 'amgtar': doesn't support calcsize estimate");
  }

  @Test
  void reportsADleAskingForAnotherAuthThanAmandadServes() throws Exception {
    Path classic = host.dir("classic");
    ClientSettings settings = host.settings.withAmandadAuth(Optional.of("bsd"));

    assertThat(body(settings, SelfcheckFixture.gnutarDle(classic)))
        .startsWith(
            "error: client configured for auth=bsd while server requested 'bsdtcp'",
            "error: The auth in the inetd/xinetd configuration must be the same as the DLE");
    assertThat(
            body(
                host.settings.withAmandadAuth(Optional.of("BSDTCP")),
                SelfcheckFixture.gnutarDle(classic)))
        .noneMatch(text -> text.contains("auth="));
  }

  @Test
  void reportsUnreadableExcludeListsAndIncludesThatMatchNothing() throws Exception {
    Path classic = host.dir("classic");
    Files.writeString(classic.resolve("a1"), "");
    String dle =
        SelfcheckFixture.gnutarDle(classic)
            .replace(
                "</dle>",
                "  <exclude><list>missing.excl</list></exclude>\n"
                    + "  <include><file>nodot</file><file>./zz*</file></include>\n</dle>");

    assertThat(body(dle))
        .startsWith(
            "error: Can't open exclude file '"
                + classic
                + "/missing.excl': No such file or"
                + " directory",
            "error: include must start with './' (nodot)",
            "error: Nothing found to include for disk '" + classic + "'");
  }

  @Test
  void acceptsOptionalListsAndIncludesThatMatch() throws Exception {
    Path classic = host.dir("classic");
    Files.createDirectories(classic.resolve("sub/a1"));
    String dle =
        SelfcheckFixture.gnutarDle(classic)
            .replace(
                "</dle>",
                "  <exclude><list>missing.excl</list><optional>YES</optional></exclude>\n"
                    + "  <include><file>./sub/a*</file></include>\n</dle>");

    assertThat(body(dle)).first().isEqualTo("info: " + classic);
  }

  @Test
  void saysThatSambaSharesAreNotSupported() throws Exception {
    String share = "<dle><program>GNUTAR</program><disk>//server/share</disk></dle>\n";

    assertThat(body(share).get(0))
        .isEqualTo("error: //server/share: This client is not configured for samba");
  }

  @Test
  void reportsFreeSpaceAndDirectoriesItCannotMeasure() throws Exception {
    Path classic = host.dir("classic");
    Path nowhere = temp.resolve("nowhere");
    ClientSettings settings = host.settings.withSpaceChecks(List.of(temp, nowhere));

    List<String> body = body(settings, SelfcheckFixture.gnutarDle(classic));

    assertThat(body.get(body.size() - 2))
        .matches("info: dir '" + temp + "' has more than \\d+ KB available");
    assertThat(body.get(body.size() - 1))
        .isEqualTo(
            "error: cannot get filesystem usage for '" + nowhere + ": No such file or directory");
  }

  @Test
  void echoesANonAsciiDiskByteForByteAndFindsItsDirectory() throws Exception {
    Path donnees = host.dir("donn\u00e9es");
    String raw =
        Base64.getEncoder().encodeToString(donnees.toString().getBytes(StandardCharsets.UTF_8));
    String dle =
        "<dle><program>GNUTAR</program><disk encoding=\"raw\" raw=\"" + raw + "\">x</disk></dle>\n";

    String reply = host.check(SelfcheckFixture.xmlRequest(dle));

    // The reply is wire text: its bytes, read as UTF-8, give the name back.
    String decoded =
        new String(reply.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    assertThat(decoded).contains("\"disk\" : \"" + donnees + "\"", "\"code\" : \"3600054\"");
  }

  @Test
  void reportsADiskNameNoFileCanHave() throws Exception {
    String raw =
        Base64.getEncoder().encodeToString("/tmp/a\u0000b".getBytes(StandardCharsets.UTF_8));
    String dle =
        "<dle><program>GNUTAR</program><disk encoding=\"raw\" raw=\"" + raw + "\">x</disk></dle>\n";

    assertThat(body(dle).get(0))
        .isEqualTo(
            "error: localhost: Could not access /tmp/a\\u0000b (/tmp/a\\u0000b): name not usable as"
                + " a file name (Nul character not allowed)");
  }
}
