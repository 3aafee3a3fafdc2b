package org.jamanda.net.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jamanda.net.PortRange;
import org.jamanda.net.ServicesFile;

/**
 * What the port planner needs to know about a site, taken from amanda.conf, the disklist and
 * amanda-client.conf by the caller.
 *
 * <p>The three ranges are assumed to be the same on the tape server and on the clients, as they
 * were when the chapter's configure flags built both. Immutable.
 *
 * @param inparallel the number of dumpers ({@code inparallel}), at least 1
 * @param largestMaxdumps the largest {@code maxdumps} of any client, at least 1
 * @param auths the auth methods the disklist uses, at least one; iterated in {@link Auth} order
 * @param unreservedTcp {@code unreserved-tcp-port}, if set
 * @param reservedUdp {@code reserved-udp-port}, if set
 * @param reservedTcp {@code reserved-tcp-port}, if set
 * @param services the services file whose named ports Amanda skips
 * @param clientPort the port of the clients' amandad: {@value #DEFAULT_CLIENT_PORT} unless {@code
 *     client-port} says otherwise
 * @param legacyRecovery true to open the pre-2.5.1 index and tape-server ports (10082/tcp,
 *     10083/tcp) for amoldrecover
 */
public record PortPlanInput(
    int inparallel,
    int largestMaxdumps,
    Set<Auth> auths,
    Optional<PortRange> unreservedTcp,
    Optional<PortRange> reservedUdp,
    Optional<PortRange> reservedTcp,
    ServicesFile services,
    int clientPort,
    boolean legacyRecovery) {

  /** amandad's well-known port, the {@code amanda} service. */
  public static final int DEFAULT_CLIENT_PORT = 10080;

  public PortPlanInput {
    if (inparallel < 1) {
      throw new IllegalArgumentException("inparallel must be at least 1, got " + inparallel);
    }
    if (largestMaxdumps < 1) {
      throw new IllegalArgumentException("maxdumps must be at least 1, got " + largestMaxdumps);
    }
    if (auths.isEmpty()) {
      throw new IllegalArgumentException("a port plan needs at least one auth");
    }
    if (clientPort < 1 || clientPort > 65535) {
      throw new IllegalArgumentException("client port must be 1..65535, got " + clientPort);
    }
    auths = Collections.unmodifiableSet(EnumSet.copyOf(auths));
    Objects.requireNonNull(unreservedTcp, "unreservedTcp");
    Objects.requireNonNull(reservedUdp, "reservedUdp");
    Objects.requireNonNull(reservedTcp, "reservedTcp");
    Objects.requireNonNull(services, "services");
  }

  /** The configured range for {@code option}, if set. */
  public Optional<PortRange> range(RangeOption option) {
    return switch (option) {
      case UNRESERVED_TCP_PORT -> unreservedTcp;
      case RESERVED_UDP_PORT -> reservedUdp;
      case RESERVED_TCP_PORT -> reservedTcp;
    };
  }

  /** True when at least one auth in use is bsd or bsdudp. */
  public boolean usesUdpRequests() {
    return auths.stream().anyMatch(Auth::usesUdpRequests);
  }
}
