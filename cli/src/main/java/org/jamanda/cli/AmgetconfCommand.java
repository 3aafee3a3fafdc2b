package org.jamanda.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jamanda.config.ConfigDirectory;
import org.jamanda.config.ConfigQuery;
import org.jamanda.config.ServerConfig;
import org.jamanda.config.UnknownParameterException;
import org.jamanda.config.parse.ConfigException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amgetconf CONFIG PARAM}: prints a configuration value as Amanda's amgetconf does. */
@Command(
    name = "amgetconf",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the value of PARAM in configuration CONFIG, as Amanda's amgetconf does:"
          + " a global keyword (inparallel), TYPE:NAME:KEYWORD (dumptype:comp-user:auth), or"
          + " property:NAME."
    },
    footer = {"", "Exit status: 0 printed, 1 no such parameter or a bad configuration, 2 usage."})
final class AmgetconfCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConfigOptions config;

  @Option(names = "--client", description = "Read amanda-client.conf instead of amanda.conf.")
  boolean client;

  @ArgGroup(exclusive = true)
  Mode mode = new Mode();

  static final class Mode {
    @Option(
        names = "--ignored",
        description = "List the keywords set in the files that jamanda does not act on yet.")
    boolean ignored;

    @Option(
        names = {"-l", "--list"},
        paramLabel = "KIND",
        description = "List the names of the sections of a kind (dumptype, holdingdisk, ...).")
    String listKind;
  }

  @Parameters(paramLabel = "CONFIG [PARAM]", arity = "1..2")
  List<String> words;

  @Override
  public Integer call() throws ConfigException, UserError {
    ConfigQuery query = query();
    PrintWriter out = spec.commandLine().getOut();
    try {
      lines(query).forEach(out::println);
    } catch (UnknownParameterException e) {
      throw new UserError(e.getMessage().replaceFirst("^amgetconf: ", ""));
    }
    return ExitCodes.OK;
  }

  private List<String> lines(ConfigQuery query) throws UnknownParameterException, UserError {
    if (mode.ignored) {
      return query.ignored();
    }
    if (mode.listKind != null) {
      return query.list(mode.listKind);
    }
    if (words.size() < 2) {
      throw new UserError("a PARAM is required after the configuration name", ExitCodes.USAGE);
    }
    return query.lookup(words.get(1));
  }

  private ConfigQuery query() throws ConfigException {
    ConfigDirectory directory = config.directory();
    String name = words.get(0);
    if (client) {
      return ConfigQuery.of(directory.loadClient(Optional.of(name)));
    }
    ServerConfig server = directory.loadServer(name);
    return ConfigQuery.of(server, directory.loadDisklist(server));
  }
}
