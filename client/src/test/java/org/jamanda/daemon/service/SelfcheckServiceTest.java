package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.jamanda.daemon.ServiceException;
import org.jamanda.daemon.ServiceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selfcheck on real directories with this machine's GNU tar, against replies written out from
 * Amanda 3.5.1's (amanda-wire.md §7.2 and Debian's /usr/lib/amanda/selfcheck), with the paths,
 * version and user ids of this run put in.
 */
class SelfcheckServiceTest {
  @TempDir Path temp;

  private SelfcheckFixture host;
  private Path tar;
  private ProcessIds ids;

  @BeforeEach
  void setUp() throws IOException {
    host = new SelfcheckFixture(temp);
    tar = SelfcheckFixture.tar();
    ids = ProcessIds.current();
  }

  @Test
  void answersAmchecksJsonRequestAsAmandaDoes() throws Exception {
    Path classic = host.dir("data/classic");
    Path tcp = host.dir("data/tcp");
    String version = SelfcheckFixture.tarVersion(tar);

    String reply =
        host.check(
            SelfcheckFixture.xmlRequest(
                SelfcheckFixture.gnutarDle(classic), SelfcheckFixture.amgtarDle(tcp, "")));

    assertThat(reply)
        .isEqualTo(
            """
            MESSAGE JSON
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "207",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600000",
                "version" : "jamanda-0.1.0",
                "hostname" : "localhost",
                "message" : "version 'jamanda-0.1.0"
              },
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "1695",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600001",
                "distro" : "Debian",
                "hostname" : "localhost",
                "message" : "distro Debian"
              },
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "1699",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600002",
                "platform" : "Debian GNU/Linux 12 (bookworm)",
                "hostname" : "localhost",
                "message" : "platform Debian GNU/Linux 12 (bookworm)"
              },
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "213",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600004",
                "features" : "ffffffff9efefbfffffffffffffff3fffbf71f",
                "hostname" : "localhost",
                "message" : "OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;hostname=localhost;"
              },
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "1355",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600052",
                "hostname" : "localhost",
                "device" : "@CLASSIC@",
                "disk" : "@CLASSIC@",
                "message" : "@CLASSIC@"
              },
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "1362",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600053",
                "amdevice" : "@CLASSIC@",
                "hostname" : "localhost",
                "device" : "@CLASSIC@",
                "disk" : "@CLASSIC@",
                "message" : "@CLASSIC@"
              },
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "1370",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600054",
                "hostname" : "localhost",
                "device" : "@CLASSIC@",
                "disk" : "@CLASSIC@",
                "message" : "@CLASSIC@"
              },
              {
                "source_filename" : "amgtar.c",
                "source_line" : "965",
                "severity" : "info",
                "process" : "amgtar",
                "running_on" : "amanda-client",
                "component" : "application",
                "module" : "amgtar",
                "code" : "3700000",
                "disk" : "@TCP@",
                "device" : "@TCP@",
                "hostname" : "localhost",
                "message" : "@TCP@"
              },
              {
                "source_filename" : "amgtar.c",
                "source_line" : "972",
                "severity" : "info",
                "process" : "amgtar",
                "running_on" : "amanda-client",
                "component" : "application",
                "module" : "amgtar",
                "code" : "3700001",
                "version" : "jamanda-0.1.0",
                "disk" : "@TCP@",
                "device" : "@TCP@",
                "hostname" : "localhost",
                "message" : "amgtar version jamanda-0.1.0"
              },
              {
                "source_filename" : "amgtar.c",
                "source_line" : "995",
                "severity" : "info",
                "process" : "amgtar",
                "running_on" : "amanda-client",
                "component" : "application",
                "module" : "amgtar",
                "code" : "3700004",
                "disk" : "@TCP@",
                "device" : "@TCP@",
                "hostname" : "localhost",
                "message" : "amgtar"
              },
              {
                "source_filename" : "client_util.c",
                "source_line" : "1870",
                "severity" : "info",
                "process" : "amgtar",
                "running_on" : "amanda-client",
                "component" : "application",
                "module" : "amgtar",
                "code" : "3600064",
                "noun" : "execute",
                "adjective" : "executable",
                "filename" : "@TAR@",
                "ruid" : "@RUID@",
                "euid" : "@EUID@",
                "message" : "@TAR@ executable (ruid:@RUID@ euid:@EUID@)"
              },
              {
                "source_filename" : "amgtar.c",
                "source_line" : "1029",
                "severity" : "info",
                "process" : "amgtar",
                "running_on" : "amanda-client",
                "component" : "application",
                "module" : "amgtar",
                "code" : "3700002",
                "gtar-version" : "@GTARVERSION@",
                "disk" : "@TCP@",
                "device" : "@TCP@",
                "hostname" : "localhost",
                "message" : "amgtar gtar-version @GTARVERSION@"
              },
              {
                "source_filename" : "client_util.c",
                "source_line" : "1870",
                "severity" : "info",
                "process" : "amgtar",
                "running_on" : "amanda-client",
                "component" : "application",
                "module" : "amgtar",
                "code" : "3600064",
                "noun" : "read/write",
                "adjective" : "read/writable",
                "filename" : "@LISTDIR@/.",
                "ruid" : "@RUID@",
                "euid" : "@EUID@",
                "message" : "@LISTDIR@/. read/writable (ruid:@RUID@ euid:@EUID@)"
              },
              {
                "source_filename" : "client_util.c",
                "source_line" : "1870",
                "severity" : "info",
                "process" : "amgtar",
                "running_on" : "amanda-client",
                "component" : "application",
                "module" : "amgtar",
                "code" : "3600064",
                "noun" : "access",
                "adjective" : "accessible",
                "filename" : "@TCP@/.",
                "ruid" : "@RUID@",
                "euid" : "@EUID@",
                "message" : "@TCP@/. accessible (ruid:@RUID@ euid:@EUID@)"
              },
              {
                "source_filename" : "client_util.c",
                "source_line" : "1870",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600064",
                "noun" : "execute",
                "adjective" : "executable",
                "filename" : "@TAR@",
                "ruid" : "@RUID@",
                "euid" : "@EUID@",
                "message" : "@TAR@ executable (ruid:@RUID@ euid:@EUID@)"
              },
              {
                "source_filename" : "client_util.c",
                "source_line" : "1870",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600064",
                "noun" : "read/write",
                "adjective" : "read/writable",
                "filename" : "@LISTDIR@/.",
                "ruid" : "@RUID@",
                "euid" : "@EUID@",
                "message" : "@LISTDIR@/. read/writable (ruid:@RUID@ euid:@EUID@)"
              },
              {
                "source_filename" : "client_util.c",
                "source_line" : "1870",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600064",
                "noun" : "read/write",
                "adjective" : "read/writable",
                "filename" : "/dev/null",
                "ruid" : "@RUID@",
                "euid" : "@EUID@",
                "message" : "/dev/null read/writable (ruid:@RUID@ euid:@EUID@)"
              }"""
                .replace("@CLASSIC@", classic.toString())
                .replace("@TCP@", tcp.toString())
                .replace("@TAR@", tar.toString())
                .replace("@LISTDIR@", host.listdir.toString())
                .replace("@GTARVERSION@", version)
                .replace("@RUID@", Long.toString(ids.ruid()))
                .replace("@EUID@", Long.toString(ids.euid())));
  }

  @Test
  void answersALegacyRequestWithOkAndErrorLines() throws Exception {
    Path classic = host.dir("data/classic");
    String arguments =
        "OPTIONS hostname=localhost;\nGNUTAR %s 0 OPTIONS |;auth=bsdtcp;index;\n"
            .formatted(classic);

    String reply = host.check(arguments);

    // The lines of the real client's answer to a featureless REQ (amanda-wire.md §7.2).
    assertThat(reply)
        .isEqualTo(
            """
            OK version 'jamanda-0.1.0
            OK distro Debian
            OK platform "Debian GNU/Linux 12 (bookworm)"
            OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;hostname=localhost;
            ERROR [unknown option: auth=bsdtcp]
            OK @CLASSIC@
            OK @CLASSIC@
            OK @CLASSIC@
            OK @TAR@ executable (ruid:@RUID@ euid:@EUID@)
            OK @LISTDIR@/. read/writable (ruid:@RUID@ euid:@EUID@)
            OK /dev/null read/writable (ruid:@RUID@ euid:@EUID@)
            """
                .replace("@CLASSIC@", classic.toString())
                .replace("@TAR@", tar.toString())
                .replace("@LISTDIR@", host.listdir.toString())
                .replace("@RUID@", Long.toString(ids.ruid()))
                .replace("@EUID@", Long.toString(ids.euid())));
  }

  @Test
  void usesTheLocalHostNameWhenTheRequestHasNone() throws Exception {
    String reply = host.check("OPTIONS features=" + SelfcheckFixture.FEATURES + ";\n");

    assertThat(reply)
        .contains(
            "\"message\" : \"OPTIONS features="
                + SelfcheckFixture.FEATURES
                + ";hostname=testhost;\"")
        .doesNotContain("/dev/null");
  }

  @Test
  void servesThroughTheServiceInterface() throws Exception {
    Path classic = host.dir("data/classic");
    ServiceRequest request =
        new ServiceRequest(
            "selfcheck",
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 700),
            "localhost",
            "backup",
            SelfcheckFixture.xmlRequest(SelfcheckFixture.gnutarDle(classic)),
            body -> {
              throw new AssertionError("selfcheck sends no partial reply");
            });
    SelfcheckService service = new SelfcheckService(host.settings);

    String reply = service.serve(request);

    assertThat(service.name()).isEqualTo("selfcheck");
    assertThat(reply).startsWith("MESSAGE JSON\n  {\n").endsWith("\n  }");
    assertThat(reply).contains("\"code\" : \"3600054\"");
  }

  @Test
  void refusesMalformedXmlNamingLineAndColumn() {
    ServiceRequest request =
        new ServiceRequest(
            "selfcheck",
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 700),
            "localhost",
            "backup",
            SelfcheckFixture.xmlRequest("<dle>\n  <disk>/a</dsk>\n</dle>\n"),
            body -> {});

    assertThatThrownBy(() -> new SelfcheckService(host.settings).serve(request))
        .isInstanceOf(ServiceException.class)
        .hasMessage(
            "FORMAT ERROR IN REQUEST PACKET selfcheck request:3:11: end tag '</dsk>' does not"
                + " match '<disk>' opened at 3:3");
  }
}
