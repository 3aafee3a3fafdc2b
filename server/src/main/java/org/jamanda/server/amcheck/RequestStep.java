package org.jamanda.server.amcheck;

import java.net.InetSocketAddress;

/**
 * One of the two requests amcheck sends a client, for the diagnosis of a failure: {@code noop}
 * (learn the client's features) then {@code selfcheck}. Immutable.
 *
 * @param service the service asked for
 * @param number 1 for noop, 2 for selfcheck
 * @param peer the address the request went to
 */
record RequestStep(String service, int number, InetSocketAddress peer) {
  static RequestStep noop(InetSocketAddress peer) {
    return new RequestStep("noop", 1, peer);
  }

  static RequestStep selfcheck(InetSocketAddress peer) {
    return new RequestStep("selfcheck", 2, peer);
  }

  /** E.g. {@code the noop request (step 1 of 2) to 192.0.2.7:10080/udp}. */
  String describe() {
    return "the "
        + service
        + " request (step "
        + number
        + " of 2) to "
        + peer.getAddress().getHostAddress()
        + ":"
        + peer.getPort()
        + "/udp";
  }
}
