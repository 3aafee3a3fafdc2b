package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.List;

/** Keeps every line reported, for tests to compare. Thread-safe. */
final class RecordingReporter implements Reporter {
  private final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void println(String line) {
    lines.add(line);
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** The report as one string, each line ended by a newline. */
  synchronized String text() {
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }
}
