package org.jamanda.net;

import java.net.InetSocketAddress;

/**
 * Every port of the privileged source range was in use, or named for another service in the
 * services file. Waiting for connections to close, or widening {@code reserved-tcp-port}, helps.
 */
public final class PortsBusyException extends PortUnavailableException {
  private static final long serialVersionUID = 1L;

  PortsBusyException(
      InetSocketAddress target, PortRange range, int skipped, ServicesFile services) {
    super(target, range, describe(range, skipped, services));
  }

  private static String describe(PortRange range, int skipped, ServicesFile services) {
    String all = "all ports " + range.low() + ".." + range.high() + " busy";
    if (skipped == 0) {
      return all;
    }
    return all + " (" + skipped + " of them named for other services in " + services.path() + ")";
  }
}
