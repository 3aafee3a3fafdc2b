package org.jamanda.server.amcheck;

import java.util.Optional;
import org.jamanda.net.ServicesFile;

/**
 * The port of a client's amandad: the dumptype's {@code client-port}, a number or a service name
 * ({@code find_port_for_service} in security-util.c), else 10080.
 */
final class ClientPorts {
  private ClientPorts() {}

  /** A {@code client-port} that is neither a port number nor a known UDP service. */
  static final class UnknownPortException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String spec;

    UnknownPortException(String spec) {
      super("unknown client-port '" + spec + "'");
      this.spec = spec;
    }

    CheckMessage message(String host) {
      return CheckMessage.of(
          Severity.ERROR,
          host + ": selfcheck request failed: " + getMessage(),
          "jamanda: '"
              + spec
              + "' is not a port number 1..65535 and the services file names no"
              + " udp service so");
    }
  }

  /**
   * The port to send {@code dle}'s requests to.
   *
   * @throws UnknownPortException when {@code client-port} names no port
   */
  static int port(AmcheckDle dle, ServicesFile services) throws UnknownPortException {
    Optional<String> spec = dle.clientPort();
    if (spec.isEmpty()) {
      return ClientCheckSettings.DEFAULT_CLIENT_PORT;
    }
    String value = spec.get().trim();
    if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
      return number(value);
    }
    Optional<Integer> named = services.portOf(value, "udp");
    if (named.isPresent()) {
      return named.get();
    }
    // Debian's services file has no amanda/udp line; Amanda then used a garbage port. jamanda
    // uses the registered port instead.
    if (value.equals("amanda")) {
      return ClientCheckSettings.DEFAULT_CLIENT_PORT;
    }
    throw new UnknownPortException(value);
  }

  private static int number(String value) throws UnknownPortException {
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Too many digits for an int: not a port either.
    }
    throw new UnknownPortException(value);
  }
}
