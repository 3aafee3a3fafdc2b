package org.jamanda.server.amcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jamanda.exchange.UdpRequests;
import org.jamanda.net.HostResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * amcheck's client checks: every host at once through one {@link UdpRequests} (one UDP socket),
 * then one block of messages per host in disklist order, and Amanda's summary line:
 *
 * <pre>
 * Amanda Backup Client Hosts Check
 * --------------------------------
 * ERROR: db2: selfcheck request failed: timeout waiting for ACK
 *        jamanda: the noop request (step 1 of 2) to 192.0.2.8:10080/udp was sent 3 times ...
 * Client check: 2 hosts checked in 30.104 seconds.  1 problem found.
 * </pre>
 *
 * <p>Unlike Amanda, which prints each host's messages as its reply arrives, the blocks come in
 * disklist order once every host is done, so that two runs print alike. Thread-safe; one run at a
 * time is meant.
 */
public final class ClientChecks {
  private static final Logger log = LoggerFactory.getLogger(ClientChecks.class);

  /** Time added to the longest possible exchange before a host is given up as hung. */
  private static final Duration SLACK = Duration.ofSeconds(10);

  private final UdpRequests requests;
  private final int localPort;
  private final HostResolver resolver;
  private final ClientCheckSettings settings;
  private final Clock clock;

  /**
   * @param requests sends the requests; its endpoint is bound to {@code localPort}
   * @param localPort the UDP port replies come back to, for the diagnosis of lost replies
   */
  public ClientChecks(
      UdpRequests requests,
      int localPort,
      HostResolver resolver,
      ClientCheckSettings settings,
      Clock clock) {
    this.requests = requests;
    this.localPort = localPort;
    this.resolver = resolver;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Checks {@code hosts} and reports to {@code out}.
   *
   * @return how many problems were found
   * @throws InterruptedException when interrupted while waiting for the hosts
   */
  public int run(List<AmcheckHost> hosts, Reporter out) throws InterruptedException {
    return run(hosts, List.of(), out);
  }

  /**
   * Checks {@code hosts} and reports to {@code out}, after {@code refusals}: errors about DLEs that
   * could not be put into a request, each a problem.
   *
   * @return how many problems were found, the refusals included
   * @throws InterruptedException when interrupted while waiting for the hosts
   */
  public int run(List<AmcheckHost> hosts, List<CheckMessage> refusals, Reporter out)
      throws InterruptedException {
    Instant start = clock.instant();
    out.println("Amanda Backup Client Hosts Check");
    out.println("--------------------------------");
    refusals.forEach(m -> m.printTo(out));
    List<CompletableFuture<Findings>> running = new ArrayList<>(hosts.size());
    for (AmcheckHost host : hosts) {
      running.add(new HostCheck(host, requests, resolver, settings, localPort).start());
    }
    long deadline = System.nanoTime() + bound().toNanos();
    int problems = refusals.size();
    for (int i = 0; i < hosts.size(); i++) {
      Findings result = await(running.get(i), hosts.get(i), deadline);
      result.messages().forEach(m -> m.printTo(out));
      problems += result.problems();
    }
    Duration took = Duration.between(start, clock.instant());
    out.println(summary(hosts.size(), problems, took));
    log.info(
        "client check finished hosts={} problems={} secs={}",
        hosts.size(),
        problems,
        Walltime.seconds(took));
    return problems;
  }

  /** {@code Client check: 2 hosts checked in 10.395 seconds. 0 problems found.} */
  static String summary(int hosts, int problems, Duration took) {
    return "Client check: "
        + hosts
        + (hosts == 1 ? " host" : " hosts")
        + " checked in "
        + Walltime.seconds(took)
        + " seconds.  "
        + problems
        + (problems == 1 ? " problem" : " problems")
        + " found.";
  }

  // Two requests in a row, each of which ends by itself within longestRequest().
  private Duration bound() {
    return settings.longestRequest().multipliedBy(2).plus(SLACK);
  }

  private Findings await(CompletableFuture<Findings> result, AmcheckHost host, long deadline)
      throws InterruptedException {
    try {
      return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(false);
      log.error("host check did not end host={} bound={}", host.name(), bound());
      return Findings.EMPTY.withProblem(hung(host));
    } catch (ExecutionException e) {
      log.error("host check crashed host={}", host.name(), e.getCause());
      return Findings.EMPTY.withProblem(
          CheckMessage.of(Severity.ERROR, host.name() + ": check failed: " + e.getCause()));
    }
  }

  private CheckMessage hung(AmcheckHost host) {
    return CheckMessage.of(
        Severity.ERROR,
        host.name() + ": selfcheck request failed: no end within " + bound().toSeconds() + " s",
        "jamanda: the request neither finished nor timed out by itself; this is a bug in jamanda");
  }
}
