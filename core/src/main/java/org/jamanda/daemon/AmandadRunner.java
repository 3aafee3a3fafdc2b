package org.jamanda.daemon;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jamanda.common.ExecutorScheduler;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.net.HostResolver;
import org.jamanda.security.HostAccessPolicy;
import org.jamanda.security.PeerNameCheck;
import org.jamanda.security.bsd.BsdRequestGuard;
import org.jamanda.security.bsd.UdpEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs amandad over UDP in one of its two ways: standalone on a port of its own, or under inetd
 * with the socket inetd hands over, exiting once idle.
 *
 * <p>Under inetd ({@code wait = yes}) amandad exits only when no exchange is open and the socket
 * has been quiet for the idle time; a datagram that arrives meanwhile keeps it serving, so a REQ
 * sent just after a previous exchange ended is answered, not drained by inetd.
 */
public final class AmandadRunner {
  private static final Logger log = LoggerFactory.getLogger(AmandadRunner.class);

  /**
   * What amandad runs with.
   *
   * @param serviceArguments the services named on its command line (empty: the defaults)
   * @param amandahosts the {@code .amandahosts} file that says who may ask for what
   * @param needPrivilegedPort true for bsd and bsdudp: a REQ must come from a port below 1024
   * @param policy the protocol's timers and tries
   * @param idleExit how long an inetd-started amandad waits, idle, before it exits
   * @param resolver the name lookups for the peer check
   */
  public record Settings(
      List<String> serviceArguments,
      Path amandahosts,
      boolean needPrivilegedPort,
      RetransmitPolicy policy,
      Duration idleExit,
      HostResolver resolver) {}

  private final Settings settings;
  private final ServiceRegistry registry;

  public AmandadRunner(Settings settings, Collection<Service> services) {
    this.settings = settings;
    this.registry = ServiceRegistry.of(services, settings.serviceArguments());
  }

  /** Serves every one of {@code addresses} until the process is stopped. */
  public void runStandalone(List<InetSocketAddress> addresses)
      throws IOException, InterruptedException {
    List<Amandad> daemons = new ArrayList<>();
    List<UdpEndpoint> endpoints = new ArrayList<>();
    try (ExecutorScheduler scheduler = new ExecutorScheduler("amandad-timers")) {
      for (InetSocketAddress address : addresses) {
        DatagramChannel channel = DatagramChannel.open();
        channel.bind(address);
        Amandad amandad = newAmandad(scheduler);
        daemons.add(amandad);
        endpoints.add(amandad.serve(channel));
      }
      new CountDownLatch(1).await();
    } finally {
      for (UdpEndpoint endpoint : endpoints) {
        endpoint.close();
      }
      daemons.forEach(Amandad::shutdown);
    }
  }

  /** Serves the socket inetd handed over, and returns once idle for the idle time. */
  public void runInetd(DatagramChannel inherited) throws IOException, InterruptedException {
    try (ExecutorScheduler scheduler = new ExecutorScheduler("amandad-timers")) {
      Amandad amandad = newAmandad(scheduler);
      try (UdpEndpoint endpoint = amandad.serve(inherited)) {
        Duration idle = settings.idleExit();
        endpoint.stopWhenIdle(
            () ->
                amandad.activeExchanges() == 0
                    && Duration.between(amandad.lastActivity(), Instant.now()).compareTo(idle)
                        >= 0);
        while (!endpoint.awaitStopped(Duration.ofMinutes(1))) {
          log.debug("amandad still busy exchanges={}", amandad.activeExchanges());
        }
        log.info("amandad idle, exiting port={}", endpoint.localPort());
      } finally {
        amandad.shutdown();
      }
    }
  }

  private Amandad newAmandad(ExecutorScheduler scheduler) throws IOException {
    BsdRequestGuard guard =
        new BsdRequestGuard(
            new PeerNameCheck(settings.resolver()),
            new HostAccessPolicy(settings.amandahosts(), LocalUser.current()),
            settings.needPrivilegedPort());
    return new Amandad(registry, guard, settings.policy(), scheduler, Clock.systemUTC());
  }
}
