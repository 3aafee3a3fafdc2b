package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jamanda.net.PortRange;
import org.jamanda.testing.amanda.AmandaCommand;
import org.jamanda.testing.amanda.AmandaHostsFixture;
import org.jamanda.testing.amanda.AmandaResult;
import org.jamanda.testing.amanda.AmandaServerConfig;
import org.jamanda.testing.amanda.BoundSockets;
import org.jamanda.testing.amanda.DebianAmanda;
import org.jamanda.testing.amanda.PrivatePorts;
import org.jamanda.testing.amanda.PrivateXinetd;
import org.jamanda.testing.amanda.ServerSettings;
import org.jamanda.testing.amanda.Transport;
import org.jamanda.testing.amanda.XinetdService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The harness's fixtures do what they promise and undo it on close: the machine is left as it was
 * found, and a failure carries Amanda's debug logs.
 */
@Tag("amanda")
@Tag("root")
@Tag("net")
@Timeout(30)
class AmandaHarnessTest {
  @BeforeEach
  void requireDebianAmanda() {
    DebianAmanda.requireInstalled();
  }

  @Test
  void amandahostsFixtureRestoresTheOriginalBytesOwnerAndMode() throws Exception {
    Path file = DebianAmanda.AMANDAHOSTS;
    byte[] before = Files.readAllBytes(file);
    PosixFileAttributes attributesBefore = Files.readAttributes(file, PosixFileAttributes.class);

    try (AmandaHostsFixture hosts =
        AmandaHostsFixture.install(
            List.of("localhost backup amdump", "localhost root amindexd amidxtaped"),
            PosixFilePermissions.fromString("rw-r-----"))) {
      assertThat(file).hasContent("localhost backup amdump\nlocalhost root amindexd amidxtaped");
      PosixFileAttributes during = Files.readAttributes(file, PosixFileAttributes.class);
      assertThat(PosixFilePermissions.toString(during.permissions())).isEqualTo("rw-r-----");
      assertThat(during.owner().getName()).isEqualTo("backup");
      assertThat(hosts.diagnostics()).contains("rw-r----- backup:backup");
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
    assertThat(after.permissions()).isEqualTo(attributesBefore.permissions());
    assertThat(after.owner()).isEqualTo(attributesBefore.owner());
    assertThat(after.group()).isEqualTo(attributesBefore.group());
  }

  @Test
  void privateXinetdStopsAndFreesItsPortOnClose() throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    XinetdService amandad = XinetdService.debianAmandad("bsd", port, List.of("amdump"));

    PrivateXinetd xinetd = PrivateXinetd.start(List.of(amandad));
    ProcessHandle process = ProcessHandle.of(xinetd.pid()).orElseThrow();
    Path configuration = xinetd.configurationFile();
    try (xinetd) {
      assertThat(BoundSockets.isListeningIn(Transport.UDP, port, process)).isTrue();
      assertThat(configuration)
          .content()
          .contains("type         = UNLISTED", "port         = " + port, "wait         = yes")
          .contains("server_args  = -auth=bsd amdump");
    }

    assertThat(process.isAlive()).isFalse();
    assertThat(BoundSockets.isPortInUse(Transport.UDP, port)).isFalse();
    assertThat(configuration.getParent()).doesNotExist();
  }

  @Test
  void privateXinetdServesBsdtcpAsAStreamServicePerConnection() throws Exception {
    int port = PrivatePorts.pick(Transport.TCP);
    XinetdService amandad = XinetdService.debianAmandad("bsdtcp", port, List.of("amdump"));
    try (AmandaHostsFixture hosts = AmandaHostsFixture.install(List.of("localhost backup amdump"));
        PrivateXinetd xinetd = PrivateXinetd.start(List.of(amandad))) {
      AmandaResult result =
          AmandaCommand.asBackup(
                  DebianAmanda.AMSERVICE,
                  "-o",
                  "client-port=" + port,
                  "localhost",
                  "bsdtcp",
                  "noop")
              .run();

      result.verify(
          r -> {
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).containsPattern("(?m)^OPTIONS features=[0-9a-f]{8,};$");
            assertThat(xinetd.configurationFile())
                .content()
                .contains("socket_type  = stream", "wait         = no");
          },
          hosts,
          xinetd);
    }
  }

  @Test
  void serverConfigIsReadByAmandaAndRemovedOnClose() throws Exception {
    ServerSettings settings =
        ServerSettings.defaults()
            .withAuth("bsd")
            .withClientPort(31234)
            .withReservedUdpPort(new PortRange(845, 855))
            .withUnreservedTcpPort(new PortRange(31500, 31520));

    AmandaServerConfig config = AmandaServerConfig.create(settings);
    try (config) {
      assertThat(amgetconf(config, "reserved-udp-port").stdout()).isEqualTo("845,855\n");
      assertThat(amgetconf(config, "unreserved-tcp-port").stdout()).isEqualTo("31500,31520\n");
      assertThat(amgetconf(config, "dumptype:harness-dle:client-port").stdout())
          .isEqualTo("31234\n");
      assertThat(amgetconf(config, "dumptype:harness-dle:auth").stdout()).isEqualTo("bsd\n");
      assertThat(config.directory().resolve("disklist"))
          .hasContent("localhost \"" + config.dataDirectory() + "\" harness-dle");
    }

    assertThat(config.directory()).doesNotExist();
    assertThat(config.workDirectory()).doesNotExist();
  }

  @Test
  void commandPastItsTimeLimitIsKilledAndReportedSo() throws Exception {
    AmandaCommand sleeper =
        AmandaCommand.asBackup(Path.of("/bin/sleep"), "20").withTimeout(Duration.ofMillis(500));

    AmandaResult result = sleeper.run();

    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isEqualTo(-1);
    assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
    assertThat(result.describe()).contains("/bin/sleep 20 (as backup)", "TIMED OUT after");
  }

  @Test
  void failedAssertionCarriesTheRunTheSourcesAndAmandasDebugLogs() throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    XinetdService amandad = XinetdService.debianAmandad("bsd", port, List.of("amdump"));
    try (AmandaHostsFixture hosts = AmandaHostsFixture.install(List.of("localhost backup"));
        PrivateXinetd xinetd = PrivateXinetd.start(List.of(amandad))) {
      AmandaResult result = AmandadInteropContract.amservice(port, "noop");

      assertThatThrownBy(
              () ->
                  result.verify(
                      r -> assertThat(r.stdout()).contains("no such reply"), xinetd, hosts))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("no such reply")
          .hasMessageContaining("amservice -o client-port=" + port + " localhost bsd noop")
          .hasMessageContaining("---- private xinetd pid " + xinetd.pid())
          .hasMessageContaining("---- /etc/amandahosts rw------- backup:backup ----")
          .hasMessageContaining("---- Amanda debug logs since")
          .hasMessageMatching("(?s).*/var/log/amanda/amandad/amandad\\.[0-9]+\\.debug.*")
          .hasMessageContaining("accept recv REQ pkt");
    }
  }

  @Test
  void fixturesLeftOpenAreUndoneWhenTheJvmExits() throws Exception {
    byte[] before = Files.readAllBytes(DebianAmanda.AMANDAHOSTS);
    String mode =
        PosixFilePermissions.toString(Files.getPosixFilePermissions(DebianAmanda.AMANDAHOSTS));

    AmandaResult probe =
        AmandaCommand.asRoot(
                JamandaJar.java(),
                // The it classpath holds Logback (from cli) too; the probe logs through
                // slf4j-simple.
                "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
                "-cp",
                System.getProperty("java.class.path"),
                ExitCleanupProbe.class.getName())
            .withTimeout(Duration.ofSeconds(20))
            .run();

    probe.verify(
        r -> {
          assertThat(r.exitCode()).isZero();
          long pid = Long.parseLong(field(r.stdout(), "xinetd-pid"));
          assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
              .isNotEqualTo(Optional.of(true));
          assertThat(Path.of(field(r.stdout(), "config-directory"))).doesNotExist();
          assertThat(Path.of(field(r.stdout(), "xinetd-directory"))).doesNotExist();
          assertThat(DebianAmanda.AMANDAHOSTS).hasBinaryContent(before);
          assertThat(DebianAmanda.AMANDAHOSTS)
              .satisfies(
                  file ->
                      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                          .isEqualTo(mode));
        });
  }

  private static String field(String output, String name) {
    Matcher matcher = Pattern.compile("(?m)^" + name + "=(.*)$").matcher(output);
    assertThat(matcher.find()).as("line %s= in %s", name, output).isTrue();
    return matcher.group(1);
  }

  private static AmandaResult amgetconf(AmandaServerConfig config, String parameter)
      throws Exception {
    AmandaResult result =
        AmandaCommand.asBackup(DebianAmanda.AMGETCONF, config.name(), parameter).run();
    return result.verify(r -> assertThat(r.exitCode()).isZero(), config);
  }
}
