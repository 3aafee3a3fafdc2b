package org.jamanda.testing.amanda;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jamanda.net.PortRange;

/**
 * What a test asks of an {@link AmandaServerConfig}: the auth and client port of its one dumptype,
 * the server's port ranges, and the client hosts of its disklist.
 *
 * <p>Immutable. Unset ranges are left out of {@code amanda.conf}, so Amanda's built-in defaults
 * apply (Debian: reserved-udp-port 840,860, reserved-tcp-port 512,1023, unreserved-tcp-port
 * 50000,50100).
 *
 * @param auth {@code bsd}, {@code bsdudp} or {@code bsdtcp}
 * @param clientPort the port amandad listens on for the DLEs, written as a number (a name would
 *     need an {@code /etc/services} entry, and Debian 12 has no {@code amanda/udp})
 * @param reservedUdpPort the server's {@code reserved-udp-port}
 * @param reservedTcpPort the server's {@code reserved-tcp-port}
 * @param unreservedTcpPort the server's {@code unreserved-tcp-port}
 * @param hosts the client host of each DLE, in disklist order; each backs up the data directory
 * @param ctimeoutSeconds amcheck's wait for each client's reply
 */
public record ServerSettings(
    String auth,
    OptionalInt clientPort,
    Optional<PortRange> reservedUdpPort,
    Optional<PortRange> reservedTcpPort,
    Optional<PortRange> unreservedTcpPort,
    List<String> hosts,
    int ctimeoutSeconds) {
  public ServerSettings {
    hosts = List.copyOf(hosts);
    XinetdService.transportOf(auth); // rejects an auth this harness cannot serve
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("a configuration needs at least one DLE host");
    }
    hosts.forEach(ServerSettings::requireWord);
    if (ctimeoutSeconds < 1) {
      throw new IllegalArgumentException("ctimeout must be positive: " + ctimeoutSeconds);
    }
  }

  /** One DLE on localhost over auth bsd, Amanda's port defaults, a 30 s ctimeout. */
  public static ServerSettings defaults() {
    return new ServerSettings(
        "bsd",
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of("localhost"),
        30);
  }

  public ServerSettings withAuth(String value) {
    return new ServerSettings(
        value,
        clientPort,
        reservedUdpPort,
        reservedTcpPort,
        unreservedTcpPort,
        hosts,
        ctimeoutSeconds);
  }

  public ServerSettings withClientPort(int value) {
    return new ServerSettings(
        auth,
        OptionalInt.of(value),
        reservedUdpPort,
        reservedTcpPort,
        unreservedTcpPort,
        hosts,
        ctimeoutSeconds);
  }

  public ServerSettings withReservedUdpPort(PortRange value) {
    return new ServerSettings(
        auth,
        clientPort,
        Optional.of(value),
        reservedTcpPort,
        unreservedTcpPort,
        hosts,
        ctimeoutSeconds);
  }

  public ServerSettings withReservedTcpPort(PortRange value) {
    return new ServerSettings(
        auth,
        clientPort,
        reservedUdpPort,
        Optional.of(value),
        unreservedTcpPort,
        hosts,
        ctimeoutSeconds);
  }

  public ServerSettings withUnreservedTcpPort(PortRange value) {
    return new ServerSettings(
        auth,
        clientPort,
        reservedUdpPort,
        reservedTcpPort,
        Optional.of(value),
        hosts,
        ctimeoutSeconds);
  }

  public ServerSettings withHosts(List<String> value) {
    return new ServerSettings(
        auth,
        clientPort,
        reservedUdpPort,
        reservedTcpPort,
        unreservedTcpPort,
        value,
        ctimeoutSeconds);
  }

  public ServerSettings withCtimeoutSeconds(int value) {
    return new ServerSettings(
        auth, clientPort, reservedUdpPort, reservedTcpPort, unreservedTcpPort, hosts, value);
  }

  // Host names go unquoted into the disklist: one word of safe characters.
  private static void requireWord(String host) {
    if (!host.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("bad DLE host name '" + host + "'");
    }
  }
}
