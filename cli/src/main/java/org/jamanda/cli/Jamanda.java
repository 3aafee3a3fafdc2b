package org.jamanda.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jamanda launcher: one subcommand per program, named as Amanda names them.
 *
 * <p>Only commands that work are registered. When the launcher is started under the name of a
 * program (a symlink {@code amgetconf -> jamanda}), that program runs directly.
 */
@Command(
    name = "jamanda",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A network backup system that speaks Amanda's protocols.",
    subcommands = {
      AmgetconfCommand.class,
      AmcheckCommand.class,
      PortsCommand.class,
      AmandadCommand.class,
      AmserviceCommand.class,
      AmlabelCommand.class,
      AmtapeCommand.class
    },
    footer = {"", "Exit status: 0 success, 1 failure, 2 usage error."})
public final class Jamanda implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Builds the command line with jamanda's error handling, writing to the given streams. */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Jamanda());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  /** Runs jamanda with {@code args} and returns the exit status. */
  public static int execute(String programName, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = newCommandLine(out, err);
    String[] line = args;
    if (cmd.getSubcommands().containsKey(programName)) {
      // Started under a program's name (a symlink amgetconf -> jamanda): run that program.
      line = new String[args.length + 1];
      line[0] = programName;
      System.arraycopy(args, 0, line, 1, args.length);
    }
    int status = cmd.execute(line);
    out.flush();
    err.flush();
    return status;
  }

  public static void main(String[] args) {
    String invokedAs = System.getProperty("jamanda.invokedAs", "jamanda");
    String program = Path.of(invokedAs).getFileName().toString().toLowerCase(Locale.ROOT);
    if (InetdOutput.startedByInetd()) {
      InetdOutput.redirect(program.equals("jamanda") && args.length > 0 ? args[0] : program);
    }
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(execute(program, args, out, err));
  }
}
