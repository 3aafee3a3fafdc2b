package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * What a group of checks found (one client host, one holding disk, the changer...): the messages to
 * print, in order, and how many of them are problems. Immutable.
 */
record Findings(List<CheckMessage> messages, int problems) {
  static final Findings EMPTY = new Findings(List.of(), 0);

  Findings {
    messages = List.copyOf(messages);
  }

  /** This result with {@code more} after it, each of them a problem. */
  Findings withProblems(List<CheckMessage> more) {
    return plus(more, more.size());
  }

  /** This result with {@code message} after it, a problem. */
  Findings withProblem(CheckMessage message) {
    return plus(List.of(message), 1);
  }

  /** This result with what {@code reading} found after it. */
  Findings with(ReplyReading reading) {
    return plus(reading.messages(), reading.problems());
  }

  /** This result with {@code message} after it, which is no problem. */
  Findings withNote(CheckMessage message) {
    return plus(List.of(message), 0);
  }

  /** This result followed by {@code other}. */
  Findings with(Findings other) {
    return plus(other.messages(), other.problems());
  }

  /** Prints every message to {@code out}. */
  void printTo(Reporter out) {
    messages.forEach(m -> m.printTo(out));
  }

  private Findings plus(List<CheckMessage> more, int moreProblems) {
    List<CheckMessage> all = new ArrayList<>(messages);
    all.addAll(more);
    return new Findings(all, problems + moreProblems);
  }
}
