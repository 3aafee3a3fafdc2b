package org.jamanda.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs one jamanda command line in-process and keeps what it printed and its exit status. */
record CommandRun(int status, String out, String err) {
  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Jamanda.execute("jamanda", args, new PrintWriter(out), new PrintWriter(err));
    return new CommandRun(status, out.toString(), err.toString());
  }
}
