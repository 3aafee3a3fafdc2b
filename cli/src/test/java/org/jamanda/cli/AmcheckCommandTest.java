package org.jamanda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jamanda.client.ClientServices;
import org.jamanda.common.ExecutorScheduler;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.daemon.Amandad;
import org.jamanda.daemon.ServiceRegistry;
import org.jamanda.daemon.service.ClientSettings;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.net.HostResolver;
import org.jamanda.security.HostAccessPolicy;
import org.jamanda.security.PeerNameCheck;
import org.jamanda.security.bsd.BsdRequestGuard;
import org.jamanda.security.bsd.UdpEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmcheckCommandTest {
  @TempDir Path tmp;

  private final ExecutorScheduler scheduler = new ExecutorScheduler("test-timers");
  private Amandad amandad;
  private UdpEndpoint endpoint;

  @AfterEach
  void stop() throws IOException {
    if (endpoint != null) {
      endpoint.close();
    }
    if (amandad != null) {
      amandad.shutdown();
    }
    scheduler.close();
  }

  @Test
  void helpListsTheChecksAndTheExitStatus() {
    CommandRun run = CommandRun.of("amcheck", "--help");

    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("CONFIG [HOST [DISK...]...]", "-s", "-c", "-l", "-t", "--client-verbose")
        .contains("Exit status (amcheck(8)): 0 no problem found, 1 problems found");
  }

  @Test
  void aMissingConfigNameIsAUsageErrorWithAmandasStatus() {
    CommandRun run = CommandRun.of("amcheck", "-s");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("Missing required parameter: 'CONFIG'");
  }

  @Test
  void refusesTheTapeWritableTest() {
    CommandRun run = CommandRun.of("amcheck", "-w", "Daily");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("amcheck: -w (the tape-writable test) is not implemented in jamanda yet\n");
  }

  @Test
  void refusesToMailTheReport() {
    CommandRun run = CommandRun.of("amcheck", "-M", "ops@example.org", "Daily");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "amcheck: mailing the report (-m, -a, -M) is not implemented in jamanda yet; run"
                + " amcheck without it and mail its output\n");
  }

  @Test
  void printsWhereTheConfigurationIsWrong() throws Exception {
    Path conf = Files.createDirectories(tmp.resolve("Daily")).resolve("amanda.conf");
    Files.writeString(conf, "org \"Daily\"\ninparalel 4\n");

    CommandRun run = CommandRun.of("amcheck", "--config-dir", tmp.toString(), "Daily");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("ERROR: " + conf + ":2:1: ")
        .contains("'inparalel'")
        .endsWith("\nERROR: errors processing config file\n");
  }

  @Test
  @Tag("net")
  void checksAClientRunningJamandasRealSelfcheck() throws Exception {
    int port = startAmandad();
    Path data = Files.createDirectories(tmp.resolve("data"));
    writeConfig(port, "localhost " + data + " tar-bsd\n");

    CommandRun run = CommandRun.of("amcheck", "--config-dir", tmp.toString(), "-c", "Daily");

    assertThat(run.out().replaceAll("in [0-9]+\\.[0-9]{3} seconds", "in S seconds"))
        .isEqualTo(
            """
            Amanda Backup Client Hosts Check
            --------------------------------
            Client check: 1 host checked in S seconds.  0 problems found.
            (brought to you by Amanda 3.5.1)
            """);
    assertThat(run.status()).isEqualTo(ExitCodes.OK);
  }

  @Test
  @Tag("net")
  void reportsWhatTheRealSelfcheckFindsWrong() throws Exception {
    int port = startAmandad();
    writeConfig(port, "localhost /nonexistent/dir tar-bsd\n");

    CommandRun run = CommandRun.of("amcheck", "--config-dir", tmp.toString(), "-c", "Daily");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().replaceAll("in [0-9]+\\.[0-9]{3} seconds", "in S seconds"))
        .isEqualTo(
            """
            Amanda Backup Client Hosts Check
            --------------------------------
            HOST localhost ERROR: localhost: Could not access /nonexistent/dir (/nonexistent/dir):\
             No such file or directory
            Client check: 1 host checked in S seconds.  1 problem found.
            (brought to you by Amanda 3.5.1)
            """);
  }

  private void writeConfig(int port, String disklist) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("Daily"));
    Files.writeString(
        dir.resolve("amanda.conf"),
        """
        org "Daily"
        ctimeout 5
        define dumptype tar-bsd {
            program "GNUTAR"
            auth "bsd"
            client-port "%d"
        }
        """
            .formatted(port));
    Files.writeString(dir.resolve("disklist"), disklist);
  }

  // jamanda's amandad with its real noop and selfcheck services, its state in the test directory.
  private int startAmandad() throws IOException {
    Path home = Files.createDirectories(tmp.resolve("client"));
    Path hosts = home.resolve(".amandahosts");
    Files.writeString(hosts, "localhost " + LocalUser.current().name() + " amdump\n");
    Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-------"));
    ClientSettings settings =
        ClientSettings.defaults()
            .withGnutarListDir(Optional.of(Files.createDirectories(home.resolve("gnutar-lists"))))
            .withAmandates(home.resolve("amandates"))
            .withSpaceChecks(List.of(home));
    BsdRequestGuard guard =
        new BsdRequestGuard(
            new PeerNameCheck(new Loopback()),
            new HostAccessPolicy(hosts, LocalUser.current()),
            false);
    amandad =
        new Amandad(
            ServiceRegistry.of(ClientServices.all(settings), List.of()),
            guard,
            RetransmitPolicy.AMANDA,
            scheduler,
            Clock.systemUTC());
    DatagramChannel udp = DatagramChannel.open();
    udp.bind(new InetSocketAddress(Loopback.ADDRESS, 0));
    endpoint = amandad.serve(udp);
    return endpoint.localPort();
  }

  /** 127.0.0.1 is localhost, both ways. */
  private static final class Loopback implements HostResolver {
    static final InetAddress ADDRESS = address();

    @Override
    public String nameOf(InetAddress address) {
      return address.equals(ADDRESS) ? "localhost" : address.getHostAddress();
    }

    @Override
    public Resolution resolve(String name) throws UnknownHostException {
      return new Resolution(name, List.of(ADDRESS));
    }

    private static InetAddress address() {
      try {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
      } catch (UnknownHostException e) {
        throw new AssertionError(e);
      }
    }
  }
}
