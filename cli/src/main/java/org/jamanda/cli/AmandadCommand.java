package org.jamanda.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jamanda.client.ClientServices;
import org.jamanda.daemon.AmandadRunner;
import org.jamanda.daemon.service.ClientSettings;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.net.SystemHostResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amandad}: the client daemon, standalone on a port or under inetd. */
@Command(
    name = "amandad",
    mixinStandardHelpOptions = true,
    description = {
      "Serves Amanda requests (noop, selfcheck, ...) from tape servers.",
      "With -udp=PORT it listens on that port itself; without a port option it takes the socket"
          + " inetd hands over (xinetd 'wait = yes' for UDP) and exits when idle."
    },
    footer = {
      "",
      "Services: noop sendsize sendbackup selfcheck senddiscover restore by default; 'amdump'"
          + " stands for noop selfcheck sendsize sendbackup; amindexd and amidxtaped only when"
          + " named.",
      "Exit status: 0 after an idle exit, 1 on failure, 2 on a usage error."
    })
final class AmandadCommand implements Callable<Integer> {
  @Option(
      names = "-auth",
      defaultValue = "bsd",
      description =
          "Auth method: bsd or bsdudp (bsdtcp and ssl: not yet). Default: ${DEFAULT-VALUE}.")
  String auth;

  @Option(names = "-udp", paramLabel = "PORT", description = "Listen on this UDP port.")
  Integer udpPort;

  @Option(names = "-tcp", paramLabel = "PORT", description = "Listen on this TCP port (bsdtcp).")
  Integer tcpPort;

  @Option(
      names = "--address",
      paramLabel = "ADDR",
      description =
          "Address to listen on with -udp; repeat it to serve several. Default: every address.")
  List<String> addresses = new ArrayList<>();

  @Option(
      names = "--amandahosts",
      paramLabel = "FILE",
      description = "Who may ask for what. Default: .amandahosts in the running user's home.")
  Path amandahosts;

  @Option(
      names = "--idle-exit",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "Under inetd, exit after this many idle seconds. Default: ${DEFAULT-VALUE}.")
  long idleExitSeconds;

  @Parameters(paramLabel = "SERVICE", description = "Services to enable.")
  List<String> services = new ArrayList<>();

  @Override
  public Integer call() throws UserError, IOException, InterruptedException {
    if (tcpPort != null || auth.equals("bsdtcp") || auth.equals("ssl")) {
      // LIMITATION: amandad serves only the UDP auths (bsd, bsdudp). Asking for bsdtcp, ssl or a
      // TCP port stops here with this message. Lifting it needs the framed TCP transport and
      // its accept path in the daemon.
      throw new UserError("auth " + auth + " is not implemented yet; use -auth=bsd", 1);
    }
    if (!auth.equals("bsd") && !auth.equals("bsdudp")) {
      throw new UserError("unknown auth '" + auth + "'; expected bsd or bsdudp", ExitCodes.USAGE);
    }
    AmandadRunner runner;
    try {
      runner =
          new AmandadRunner(
              settings(),
              ClientServices.all(ClientSettings.defaults().withAmandadAuth(Optional.of(auth))));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), ExitCodes.USAGE);
    }
    if (udpPort != null) {
      List<InetSocketAddress> bind = new ArrayList<>();
      for (String address : addresses.isEmpty() ? List.of("0.0.0.0") : addresses) {
        bind.add(new InetSocketAddress(address, udpPort));
      }
      runner.runStandalone(bind);
      return ExitCodes.OK;
    }
    Channel inherited = System.inheritedChannel();
    if (!(inherited instanceof DatagramChannel udp)) {
      throw new UserError(
          "no -udp=PORT given and no UDP socket inherited from inetd; run with -udp=PORT or"
              + " from inetd",
          ExitCodes.USAGE);
    }
    runner.runInetd(udp);
    return ExitCodes.OK;
  }

  private AmandadRunner.Settings settings() {
    Path hosts =
        amandahosts != null
            ? amandahosts
            : Path.of(System.getProperty("user.home"), ".amandahosts");
    return new AmandadRunner.Settings(
        services,
        hosts,
        true,
        RetransmitPolicy.AMANDA,
        Duration.ofSeconds(idleExitSeconds),
        new SystemHostResolver());
  }
}
