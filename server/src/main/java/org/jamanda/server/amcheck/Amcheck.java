package org.jamanda.server.amcheck;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.jamanda.common.Scheduler;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.exchange.UdpRequests;
import org.jamanda.net.BoundDatagram;
import org.jamanda.net.HostResolver;
import org.jamanda.net.PortAllocator;
import org.jamanda.net.ServicesFile;
import org.jamanda.security.bsd.UdpEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code amcheck CONFIG}: the server checks, then the client checks, then Amanda's tagline, all
 * written to a {@link Reporter}.
 *
 * <pre>
 * Amanda Tape Server Host Check
 * -----------------------------
 * ...
 * Server check took 0.329 seconds
 * Amanda Backup Client Hosts Check
 * --------------------------------
 * Client check: 2 hosts checked in 10.395 seconds.  0 problems found.
 * (brought to you by Amanda 3.5.1)
 * </pre>
 *
 * <p>The client checks send every request from one UDP socket, bound by the datagram routine
 * (reserved-udp-port, then 512..1023, then any port) and closed at the end. One run at a time.
 */
public final class Amcheck {
  private static final Logger log = LoggerFactory.getLogger(Amcheck.class);

  /** The Amanda version whose behaviour jamanda follows, as the tagline names it. */
  public static final String AMANDA_VERSION = "3.5.1";

  private final AmcheckSite site;
  private final ClientCheckSettings clientSettings;
  private final HostResolver resolver;
  private final Scheduler scheduler;
  private final Clock clock;
  private final String localUser;

  /**
   * @param clientSettings the client checks' settings; see {@link #clientSettings(AmcheckSite,
   *     ServicesFile)}
   * @param localUser the user sent in {@code SECURITY USER}: the one this process runs as
   */
  public Amcheck(
      AmcheckSite site,
      ClientCheckSettings clientSettings,
      HostResolver resolver,
      Scheduler scheduler,
      Clock clock,
      String localUser) {
    this.site = site;
    this.clientSettings = clientSettings;
    this.resolver = resolver;
    this.scheduler = scheduler;
    this.clock = clock;
    this.localUser = localUser;
  }

  /** The client settings {@code site} asks for: its ctimeout and req-tries, Amanda's timers. */
  public static ClientCheckSettings clientSettings(AmcheckSite site, ServicesFile services) {
    RetransmitPolicy policy =
        RetransmitPolicy.AMANDA.withTries(site.reqTries(), RetransmitPolicy.AMANDA.repTries());
    return ClientCheckSettings.defaults(site.config(), services)
        .withReplyTimeout(site.ctimeout())
        .withPolicy(policy);
  }

  /**
   * Runs the checks {@code options} choose.
   *
   * @throws InterruptedException when interrupted while waiting for clients
   */
  public AmcheckResult run(AmcheckOptions options, Reporter out) throws InterruptedException {
    int argumentProblems = 0;
    for (CheckMessage message : site.argumentMessages()) {
      message.printTo(out);
      argumentProblems += message.severity() == Severity.MESSAGE ? 0 : 1;
    }
    PortAllocator allocator = new PortAllocator(site.ports());
    int server = 0;
    if (options.serverChecks()) {
      server =
          new ServerChecks(site, allocator, clock)
              .run(options.localChecks(), options.tapeChecks(), out);
    }
    int client = options.clientChecks() ? clientChecks(allocator, options, out) : 0;
    out.println("(brought to you by Amanda " + AMANDA_VERSION + ")");
    log.info(
        "amcheck finished config={} serverProblems={} clientProblems={}",
        site.config(),
        server,
        client);
    return new AmcheckResult(argumentProblems, server, client);
  }

  private int clientChecks(PortAllocator allocator, AmcheckOptions options, Reporter out)
      throws InterruptedException {
    ClientCheckSettings settings = clientSettings.withClientVerbose(options.clientVerbose());
    try (BoundDatagram bound = allocator.bindDatagram();
        UdpEndpoint endpoint = UdpEndpoint.start(bound.channel(), Optional.empty())) {
      UdpRequests requests =
          new UdpRequests(endpoint, localUser, settings.policy(), scheduler, clock);
      ClientChecks checks =
          new ClientChecks(requests, endpoint.localPort(), resolver, settings, clock);
      return checks.run(site.hosts(), site.refusals(), out);
    } catch (IOException e) {
      log.error("cannot open the request socket config={} error={}", site.config(), e.toString());
      out.println("Amanda Backup Client Hosts Check");
      out.println("--------------------------------");
      CheckMessage.of(Severity.ERROR, "cannot bind a UDP socket for requests: " + e).printTo(out);
      return 1;
    }
  }
}
