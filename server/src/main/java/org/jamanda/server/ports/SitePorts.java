package org.jamanda.server.ports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jamanda.config.Disklist;
import org.jamanda.config.Dle;
import org.jamanda.config.DumptypeParameters;
import org.jamanda.config.IntRange;
import org.jamanda.config.ServerConfig;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.net.PortRange;
import org.jamanda.net.PortSettings;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.plan.Auth;
import org.jamanda.net.plan.PortPlanInput;

/**
 * A site's ports as its configuration sets them: the three range options as the port routines take
 * them, and what the port planner needs from amanda.conf and the disklist. Stateless.
 */
public final class SitePorts {
  private SitePorts() {}

  /** The port routines' settings for a tape-server program of {@code config}. */
  public static PortSettings settings(ServerConfig config, ServicesFile services) {
    PortSettings defaults = PortSettings.defaults(services);
    return new PortSettings(
        config.unreservedTcpPort().map(SitePorts::range),
        config.reservedTcpPort().map(SitePorts::range),
        config.reservedUdpPort().map(SitePorts::range),
        defaults.privilegedPorts(),
        services,
        defaults.bindAddress(),
        defaults.connectTimeout());
  }

  /**
   * What the planner needs: inparallel, the largest maxdumps of any DLE's dumptype, the auths the
   * disklist uses, the three ranges and the clients' port.
   *
   * @throws ConfigException when a DLE's auth or client-port cannot be planned for, naming it
   */
  public static PortPlanInput planInput(
      ServerConfig config, Disklist disklist, ServicesFile services, boolean legacyRecovery)
      throws ConfigException {
    Set<Auth> auths = EnumSet.noneOf(Auth.class);
    int largestMaxdumps = 1;
    int clientPort = PortPlanInput.DEFAULT_CLIENT_PORT;
    for (Dle dle : disklist.entries()) {
      auths.add(authOf(dle));
      largestMaxdumps = Math.max(largestMaxdumps, maxdumpsOf(dle, config));
      clientPort = clientPortOf(dle, services).orElse(clientPort);
    }
    if (auths.isEmpty()) {
      auths.add(Auth.BSDTCP);
    }
    return new PortPlanInput(
        config.inparallel(),
        largestMaxdumps,
        auths,
        config.unreservedTcpPort().map(SitePorts::range),
        config.reservedUdpPort().map(SitePorts::range),
        config.reservedTcpPort().map(SitePorts::range),
        services,
        clientPort,
        legacyRecovery);
  }

  private static Auth authOf(Dle dle) throws ConfigException {
    String name = dle.auth();
    return Auth.byName(name.toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new ConfigException(
                    dle.location(), "unknown auth '" + name + "' for host " + dle.host()));
  }

  // A dumptype's maxdumps defaults to the global one, as conffile.c initialises it.
  private static int maxdumpsOf(Dle dle, ServerConfig config) {
    return dle.dumptype().isSet(DumptypeParameters.MAXDUMPS)
        ? dle.dumptype().value(DumptypeParameters.MAXDUMPS)
        : config.maxdumps();
  }

  // client-port: a number, or a service name looked up for udp as find_port_for_service does.
  private static Optional<Integer> clientPortOf(Dle dle, ServicesFile services)
      throws ConfigException {
    String value = dle.dumptype().value(DumptypeParameters.CLIENT_PORT);
    if (value.isEmpty() || value.equals("amanda")) {
      return Optional.empty();
    }
    if (value.chars().allMatch(Character::isDigit)) {
      return Optional.of(Integer.parseInt(value));
    }
    return Optional.of(
        services
            .portOf(value, "udp")
            .or(() -> services.portOf(value, "tcp"))
            .orElseThrow(
                () ->
                    new ConfigException(
                        dle.location(),
                        "client-port '" + value + "' is no service in " + services.path())));
  }

  private static PortRange range(IntRange range) {
    return new PortRange(range.low(), range.high());
  }
}
