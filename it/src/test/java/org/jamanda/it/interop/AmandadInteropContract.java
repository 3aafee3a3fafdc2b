package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jamanda.testing.amanda.AmandaCommand;
import org.jamanda.testing.amanda.AmandaHostsFixture;
import org.jamanda.testing.amanda.AmandaResult;
import org.jamanda.testing.amanda.AmandaServerConfig;
import org.jamanda.testing.amanda.DebianAmanda;
import org.jamanda.testing.amanda.PrivatePorts;
import org.jamanda.testing.amanda.ServerSettings;
import org.jamanda.testing.amanda.TempFiles;
import org.jamanda.testing.amanda.Transport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What Debian's Amanda 3.5.1 server programs must see from an amandad speaking auth {@code bsd}
 * over UDP: the noop features reply, a clean {@code amcheck}, and Amanda's own texts when {@code
 * .amandahosts} refuses the server. Each subclass supplies one amandad; Debian's own passing the
 * same tests shows the harness and the expected texts are right.
 *
 * <p>Runs as root with Debian's amanda-server, amanda-client and xinetd installed; on 127.0.0.1
 * only, on a port from {@link PrivatePorts}.
 */
@Tag("amanda")
@Tag("root")
@Tag("net")
@Timeout(60) // amcheck against Debian's amandad takes 10 s: see amcheckFindsNoClientProblems
abstract class AmandadInteropContract {
  /** The {@code .amandahosts} that lets Debian's server programs (user backup) in. */
  static final List<String> TRUSTING = List.of("localhost backup amdump");

  static final String NOT_ALLOWED =
      "user backup from localhost is not allowed to execute the service noop: ";

  static final String ADD_THE_LINE =
      NOT_ALLOWED
          + "Please add the line \"localhost backup amdump\" to /var/backups/.amandahosts on the"
          + " client";

  static final String BAD_PERMISSIONS =
      NOT_ALLOWED
          + "/var/backups/.amandahosts: incorrect permissions; file must be accessible only by"
          + " its owner (chmod 600 /var/backups/.amandahosts)";

  /** Starts the amandad under test for auth bsd on 127.0.0.1:{@code port}, serving amdump. */
  abstract RunningAmandad startAmandad(int port) throws IOException, InterruptedException;

  @BeforeEach
  void requireDebianAmanda() {
    DebianAmanda.requireInstalled();
  }

  @Test
  void amserviceNoopIsAnsweredWithTheFeaturesReply() throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    try (AmandaHostsFixture hosts = AmandaHostsFixture.install(TRUSTING);
        RunningAmandad amandad = startAmandad(port)) {
      AmandaResult result = amservice(port, "noop");

      result.verify(
          r -> {
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).containsPattern("(?m)^OPTIONS features=[0-9a-f]{8,};$");
          },
          hosts,
          amandad);
    }
  }

  // Debian's amandad exits after the noop that amcheck sends first, and its xinetd drains the
  // selfcheck REQ that arrives meanwhile (amanda-wire.md 5.4): amcheck then waits for its 10 s
  // retransmission. So this test may take 10 s, and up to 30 s on a slow machine.
  @Test
  void amcheckFindsNoClientProblems() throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    try (AmandaHostsFixture hosts = AmandaHostsFixture.install(TRUSTING);
        AmandaServerConfig config = bsdConfig(port);
        RunningAmandad amandad = startAmandad(port)) {
      AmandaResult result = AmandaCommand.asBackup(DebianAmanda.AMCHECK, "-c", config.name()).run();

      result.verify(
          r -> {
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout())
                .containsPattern("Client check: 1 host checked in [0-9.]+ seconds\\.  0 problems")
                .doesNotContain("ERROR");
          },
          hosts,
          amandad,
          config);
    }
  }

  @Test
  void amandahostsWithoutTheServersUserIsRefusedWithTheLineToAdd() throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    try (AmandaHostsFixture hosts = AmandaHostsFixture.install(List.of("localhost root amdump"));
        RunningAmandad amandad = startAmandad(port)) {
      AmandaResult result = amservice(port, "noop");

      result.verify(
          r -> {
            assertThat(r.exitCode()).isNotZero();
            assertThat(r.output()).contains("ERROR " + ADD_THE_LINE);
          },
          hosts,
          amandad);
    }
  }

  @Test
  void amcheckReportsTheLineToAddAsAClientProblem() throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    try (AmandaHostsFixture hosts = AmandaHostsFixture.install(List.of("localhost root amdump"));
        AmandaServerConfig config = bsdConfig(port);
        RunningAmandad amandad = startAmandad(port)) {
      AmandaResult result = AmandaCommand.asBackup(DebianAmanda.AMCHECK, "-c", config.name()).run();

      result.verify(
          r -> {
            assertThat(r.exitCode()).isNotZero();
            assertThat(r.stdout())
                .contains("ERROR: NAK localhost: " + ADD_THE_LINE)
                .containsPattern("Client check: 1 host checked in [0-9.]+ seconds\\.  1 problem");
          },
          hosts,
          amandad,
          config);
    }
  }

  @Test
  void groupReadableAmandahostsIsRefusedWithThePermissionsText() throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    try (AmandaHostsFixture hosts =
            AmandaHostsFixture.install(TRUSTING, PosixFilePermissions.fromString("rw-r-----"));
        RunningAmandad amandad = startAmandad(port)) {
      AmandaResult result = amservice(port, "noop");

      result.verify(
          r -> {
            assertThat(r.exitCode()).isNotZero();
            assertThat(r.output()).contains("ERROR " + BAD_PERMISSIONS);
          },
          hosts,
          amandad);
    }
  }

  @Test
  void amserviceSendsizeAnswersTheSizeOfAFullDump() throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    Path data = Files.createTempDirectory("jamanda-sendsize-");
    try (AmandaHostsFixture hosts = AmandaHostsFixture.install(TRUSTING);
        RunningAmandad amandad = startAmandad(port)) {
      Files.write(data.resolve("zeros.bin"), new byte[200 * 1024]);
      Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path request = data.resolve("request");
      Files.writeString(
          request,
          "<dle>\n  <program>GNUTAR</program>\n  <disk>"
              + data
              + "</disk>\n  <level>0</level>\n  <level>1</level>\n  <auth>bsd</auth>\n"
              + "  <record>NO</record>\n  <index>YES</index>\n  <datapath>AMANDA</datapath>\n"
              + "</dle>\n");
      Files.setPosixFilePermissions(request, PosixFilePermissions.fromString("rw-r--r--"));

      AmandaResult result =
          AmandaCommand.asBackup(
                  DebianAmanda.AMSERVICE,
                  "-o",
                  "client-port=" + port,
                  "-f",
                  request.toString(),
                  "localhost",
                  "bsd",
                  "sendsize")
              .run();

      result.verify(
          r -> {
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).containsPattern("(?m)^" + data + " 0 SIZE 2[0-9][0-9]$");
          },
          hosts,
          amandad);
    } finally {
      TempFiles.deleteTree(data);
    }
  }

  static AmandaResult amservice(int port, String service) throws IOException, InterruptedException {
    return AmandaCommand.asBackup(
            DebianAmanda.AMSERVICE, "-o", "client-port=" + port, "localhost", "bsd", service)
        .run();
  }

  static AmandaServerConfig bsdConfig(int port) throws IOException {
    return AmandaServerConfig.create(
        ServerSettings.defaults().withAuth("bsd").withClientPort(port));
  }
}
