package org.jamanda.server.amcheck;

import java.util.List;
import java.util.Optional;
import org.jamanda.protocol.Features;

/**
 * What amcheck made of one reply from a client. Immutable.
 *
 * @param messages what to print, in order
 * @param problems how many of them count as problems
 * @param features the client's features, if the reply had an {@code OPTIONS features=} line
 * @param hostFailed true when the reply ends the checks of this host (a NAK, an {@code ERROR} line,
 *     an unknown line, or bad features)
 */
record ReplyReading(
    List<CheckMessage> messages, int problems, Optional<Features> features, boolean hostFailed) {
  ReplyReading {
    messages = List.copyOf(messages);
  }
}
