package org.jamanda.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the port routines need to know, as plain values: Amanda's three port-range options (each
 * empty when the configuration does not set it), the services file, the local bind address and the
 * connect timeout. Immutable; change one value with a {@code with...} method.
 *
 * @param unreservedTcpPort {@code unreserved-tcp-port}: the user TCP range for listeners and
 *     unprivileged stream clients (the chapter's {@code --with-tcpportrange})
 * @param reservedTcpPort {@code reserved-tcp-port}: the source ports of the privileged stream
 *     client; when empty it uses {@code privilegedPorts}
 * @param reservedUdpPort {@code reserved-udp-port}: the user UDP range (the chapter's {@code
 *     --with-udpportrange})
 * @param privilegedPorts the ports of the {@link BindStep#PRIVILEGED} step, 512..1023 by default; a
 *     site whose {@code amanda-security.conf} allows fewer ports may narrow it
 * @param services ports named for other services, never bound
 * @param bindAddress the local address every socket binds; the wildcard address by default
 * @param connectTimeout how long a stream client waits for a connection to be established
 */
public record PortSettings(
    Optional<PortRange> unreservedTcpPort,
    Optional<PortRange> reservedTcpPort,
    Optional<PortRange> reservedUdpPort,
    PortRange privilegedPorts,
    ServicesFile services,
    InetAddress bindAddress,
    Duration connectTimeout) {
  /** Amanda's bsdtcp and ssl drivers give a connect 20 s ({@code CONNECT_TIMEOUT}). */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);

  public PortSettings {
    Objects.requireNonNull(unreservedTcpPort, "unreservedTcpPort");
    Objects.requireNonNull(reservedTcpPort, "reservedTcpPort");
    Objects.requireNonNull(reservedUdpPort, "reservedUdpPort");
    Objects.requireNonNull(privilegedPorts, "privilegedPorts");
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connect timeout must be positive: " + connectTimeout);
    }
  }

  /**
   * No user ranges, privileged ports 512..1023, the wildcard address and a 20 s connect timeout:
   * what the routines do when the configuration sets no port option.
   */
  public static PortSettings defaults(ServicesFile services) {
    return new PortSettings(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        PortRange.PRIVILEGED,
        services,
        new InetSocketAddress(0).getAddress(),
        DEFAULT_CONNECT_TIMEOUT);
  }

  public PortSettings withUnreservedTcpPort(PortRange range) {
    return new PortSettings(
        Optional.of(range),
        reservedTcpPort,
        reservedUdpPort,
        privilegedPorts,
        services,
        bindAddress,
        connectTimeout);
  }

  public PortSettings withReservedTcpPort(PortRange range) {
    return new PortSettings(
        unreservedTcpPort,
        Optional.of(range),
        reservedUdpPort,
        privilegedPorts,
        services,
        bindAddress,
        connectTimeout);
  }

  public PortSettings withReservedUdpPort(PortRange range) {
    return new PortSettings(
        unreservedTcpPort,
        reservedTcpPort,
        Optional.of(range),
        privilegedPorts,
        services,
        bindAddress,
        connectTimeout);
  }

  public PortSettings withPrivilegedPorts(PortRange range) {
    return new PortSettings(
        unreservedTcpPort,
        reservedTcpPort,
        reservedUdpPort,
        range,
        services,
        bindAddress,
        connectTimeout);
  }

  public PortSettings withServices(ServicesFile file) {
    return new PortSettings(
        unreservedTcpPort,
        reservedTcpPort,
        reservedUdpPort,
        privilegedPorts,
        file,
        bindAddress,
        connectTimeout);
  }

  public PortSettings withBindAddress(InetAddress address) {
    return new PortSettings(
        unreservedTcpPort,
        reservedTcpPort,
        reservedUdpPort,
        privilegedPorts,
        services,
        address,
        connectTimeout);
  }

  public PortSettings withConnectTimeout(Duration timeout) {
    return new PortSettings(
        unreservedTcpPort,
        reservedTcpPort,
        reservedUdpPort,
        privilegedPorts,
        services,
        bindAddress,
        timeout);
  }

  /**
   * The privileged stream client's source ports: {@code reserved-tcp-port}, else the privileged.
   */
  public PortRange privilegedClientPorts() {
    return reservedTcpPort.orElse(privilegedPorts);
  }
}
