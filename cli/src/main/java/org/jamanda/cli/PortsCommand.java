package org.jamanda.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jamanda.config.ConfigDirectory;
import org.jamanda.config.ServerConfig;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.plan.IptablesRules;
import org.jamanda.net.plan.NftRuleset;
import org.jamanda.net.plan.PortPlan;
import org.jamanda.net.plan.PortPlanReport;
import org.jamanda.net.plan.PortPlanner;
import org.jamanda.net.plan.Side;
import org.jamanda.server.ports.SitePorts;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jamanda ports CONFIG}: the ports each side of a site needs, its ranges checked, and the
 * firewall rules that let exactly those through.
 */
@Command(
    name = "ports",
    mixinStandardHelpOptions = true,
    description = {
      "Computes, from amanda.conf and the disklist, the ports the tape server and the clients"
          + " need for the auths in use; checks each configured range (OK, too small, wrong"
          + " class); lists what to open on each side, or prints it as nftables or iptables rules."
    },
    footer = {
      "",
      "Exit status: 0 every range can work, 1 a range cannot (or a bad config), 2 usage."
    })
final class PortsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConfigOptions config;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--nft", description = "Print an nftables rule set for --side.")
    boolean nft;

    @Option(names = "--iptables", description = "Print iptables-restore rules for --side.")
    boolean iptables;
  }

  @Option(
      names = "--side",
      defaultValue = "client",
      paramLabel = "SIDE",
      description = "Which host the rules are for: client or server. Default: ${DEFAULT-VALUE}.")
  String side;

  @Option(
      names = "--services",
      paramLabel = "FILE",
      description = "The services file whose named ports are skipped. Default: /etc/services.")
  Path servicesFile = ServicesFile.SYSTEM;

  @Option(
      names = "--legacy-recovery",
      description = "Also open 10082/tcp and 10083/tcp for amoldrecover (pre-2.5.1 clients).")
  boolean legacyRecovery;

  @Parameters(paramLabel = "CONFIG")
  String name;

  @Override
  public Integer call() throws ConfigException, IOException, UserError {
    ConfigDirectory directory = config.directory();
    ServerConfig server = directory.loadServer(name);
    PortPlan plan =
        PortPlanner.plan(
            SitePorts.planInput(
                server,
                directory.loadDisklist(server),
                ServicesFile.read(servicesFile),
                legacyRecovery));
    PrintWriter out = spec.commandLine().getOut();
    if (format.nft) {
      out.print(NftRuleset.format(plan, side()));
    } else if (format.iptables) {
      out.print(IptablesRules.format(plan, side()));
    } else {
      out.print(PortPlanReport.format(plan));
    }
    out.flush();
    return plan.cannotWork() ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private Side side() throws UserError {
    return switch (side) {
      case "client" -> Side.CLIENT;
      case "server", "tape-server" -> Side.TAPE_SERVER;
      default ->
          throw new UserError(
              "--side must be client or server, not '" + side + "'", ExitCodes.USAGE);
    };
  }
}
