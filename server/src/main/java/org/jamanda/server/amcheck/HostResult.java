package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * What the checks of one client host found: the messages to print, in order, and how many of them
 * are problems. Immutable.
 */
record HostResult(List<CheckMessage> messages, int problems) {
  static final HostResult EMPTY = new HostResult(List.of(), 0);

  HostResult {
    messages = List.copyOf(messages);
  }

  /** This result with {@code more} after it, each of them a problem. */
  HostResult withProblems(List<CheckMessage> more) {
    return plus(more, more.size());
  }

  /** This result with {@code message} after it, a problem. */
  HostResult withProblem(CheckMessage message) {
    return plus(List.of(message), 1);
  }

  /** This result with what {@code reading} found after it. */
  HostResult with(ReplyReading reading) {
    return plus(reading.messages(), reading.problems());
  }

  private HostResult plus(List<CheckMessage> more, int moreProblems) {
    List<CheckMessage> all = new ArrayList<>(messages);
    all.addAll(more);
    return new HostResult(all, problems + moreProblems);
  }
}
