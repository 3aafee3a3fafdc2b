package org.jamanda.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jamanda.common.ExecutorScheduler;
import org.jamanda.config.ConfigDirectory;
import org.jamanda.config.ServerConfig;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.SystemHostResolver;
import org.jamanda.server.amcheck.Amcheck;
import org.jamanda.server.amcheck.AmcheckOptions;
import org.jamanda.server.amcheck.AmcheckResult;
import org.jamanda.server.amcheck.AmcheckSite;
import org.jamanda.server.amcheck.Reporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amcheck CONFIG [HOST [DISK...]]...}: checks the tape server and the clients. */
@Command(
    name = "amcheck",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.FAILURE,
    description = {
      "Runs Amanda's self-checks: the tape server's holding disks, changer and ports (-s), and"
          + " every client host of the disklist, or those named (-c). Clients are asked with"
          + " noop and selfcheck requests over UDP (auth bsd and bsdudp)."
    },
    footer = {
      "",
      "With none of -s -c -l -t every check runs.",
      "Exit status (amcheck(8)): 0 no problem found, 1 problems found or an error (a usage error"
          + " too, as Amanda's amcheck)."
    })
final class AmcheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConfigOptions config;

  @Option(names = "-s", description = "Tape server checks: -l and -t.")
  boolean server;

  @Option(names = "-c", description = "Client checks.")
  boolean client;

  @Option(names = "-l", description = "Local tape server checks: holding disks, ports.")
  boolean local;

  @Option(names = "-t", description = "Tape checks: the changer and its volumes.")
  boolean tape;

  @Option(names = "--client-verbose", description = "Print every message of the clients.")
  boolean clientVerbose;

  @Option(names = "-w", description = "The destructive tape-writable test (not implemented).")
  boolean writeTest;

  @Option(names = "-m", description = "Mail the report on problems (not implemented).")
  boolean mail;

  @Option(names = "-a", description = "Always mail the report (not implemented).")
  boolean alwaysMail;

  @Option(names = "-M", paramLabel = "ADDRESS", description = "Mail to ADDRESS (not implemented).")
  String mailTo;

  @Option(
      names = "--services",
      paramLabel = "FILE",
      description = "The services file whose named ports are skipped. Default: /etc/services.")
  Path servicesFile = ServicesFile.SYSTEM;

  @Parameters(index = "0", paramLabel = "CONFIG")
  String name;

  @Parameters(index = "1..*", paramLabel = "HOST [DISK...]", description = "What to check.")
  List<String> hostsAndDisks = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException, UserError {
    refuseUnimplemented();
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = Reporter.writingTo(out);
    ServicesFile services = ServicesFile.read(servicesFile);
    AmcheckSite site;
    try {
      ConfigDirectory directory = config.directory();
      ServerConfig loaded = directory.loadServer(name);
      site = AmcheckSite.of(loaded, directory.loadDisklist(loaded), services, hostsAndDisks);
    } catch (ConfigException e) {
      // As amcheck: the configuration's errors, then code 2800228, on standard output.
      reporter.println("ERROR: " + e.getMessage());
      reporter.println("ERROR: errors processing config file");
      return ExitCodes.FAILURE;
    }
    AmcheckOptions options = AmcheckOptions.of(server, client, local, tape, clientVerbose);
    try (ExecutorScheduler scheduler = new ExecutorScheduler("amcheck-timers")) {
      Amcheck amcheck =
          new Amcheck(
              site,
              Amcheck.clientSettings(site, services),
              new SystemHostResolver(),
              scheduler,
              Clock.systemUTC(),
              LocalUser.current().name());
      AmcheckResult result = amcheck.run(options, reporter);
      return result.exitStatus();
    }
  }

  // LIMITATION: the destructive tape-writable test (-w) and mailing the report (-m, -a, -M) are
  // not implemented. Asking for them stops amcheck with this message and status 1 before any
  // check runs. Lifting it needs a Device write path for -w, and a mailer command for the rest.
  private void refuseUnimplemented() throws UserError {
    if (writeTest) {
      throw new UserError("-w (the tape-writable test) is not implemented in jamanda yet");
    }
    if (mail || alwaysMail || mailTo != null) {
      throw new UserError(
          "mailing the report (-m, -a, -M) is not implemented in jamanda yet; run amcheck"
              + " without it and mail its output");
    }
  }
}
