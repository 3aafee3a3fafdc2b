package org.jamanda.server.amcheck;

import java.io.PrintWriter;

/**
 * Where amcheck's report goes, one line at a time (a terminal, a mail body, a test's list).
 * Implementations must be thread-safe: amcheck may report from more than one thread.
 */
@FunctionalInterface
public interface Reporter {
  /** Writes one line of the report; {@code line} has no line terminator. */
  void println(String line);

  /** A reporter that prints to {@code out} and flushes after each line. */
  static Reporter writingTo(PrintWriter out) {
    return line -> {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    };
  }
}
