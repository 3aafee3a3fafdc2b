package org.jamanda.cli;

import java.io.PrintWriter;
import org.jamanda.config.parse.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command throws to a message and an exit status, for every command.
 *
 * <p>Errors meant for the user (a bad configuration line, a {@link UserError}) print one line
 * without a stack trace; anything else is a bug and prints its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String program = cmd.getCommandName();
    if (e instanceof UserError userError) {
      err.println(program + ": " + userError.getMessage());
      return userError.exitCode();
    }
    if (e instanceof ConfigException) {
      err.println(program + ": " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    err.println(program + ": internal error: " + e);
    e.printStackTrace(err);
    return ExitCodes.FAILURE;
  }
}
