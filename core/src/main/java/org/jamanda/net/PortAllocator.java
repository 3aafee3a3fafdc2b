package org.jamanda.net;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jamanda.net.PortScan.Attempt;
import org.jamanda.net.PortScan.Outcome;
import org.jamanda.net.PortScan.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four port routines of the chapter "How Amanda uses UDP and TCP ports", each trying the steps
 * of its bind order until one gives a port:
 *
 * <pre>
 * stream server              user TCP range -> privileged -> any    (sendbackup, taper)
 * stream client              user TCP range -> any                  (dumper)
 * privileged stream client   reserved-tcp-port or privileged, else the request fails (amrecover)
 * datagram bind              user UDP range -> privileged -> any    (amcheck, planner, dumper)
 * </pre>
 *
 * <p>Amanda 3.5 itself scans only one range and rescans it for up to 30 minutes; we follow the
 * chapter and DESIGN.md §2, so a full range costs an INFO line instead of a stalled run. Every step
 * skips ports the services file names for another service and tries each other port at most once.
 * As in amutil.c, binds (listeners, datagrams) start at a pseudo-random port of the range so that
 * concurrent callers rarely collide, while clients scan from the bottom, where connections to
 * different targets can share a local port.
 *
 * <p>Thread-safe: the allocator is immutable, and the kernel settles races between threads binding
 * the same port.
 */
public final class PortAllocator {
  private static final Logger log = LoggerFactory.getLogger(PortAllocator.class);

  /** How often the any-port step asks the kernel again when it hands out a named port. */
  static final int ANY_PORT_TRIES = 8;

  private final PortSettings settings;

  // Set once the first "no privilege" fallback was logged at INFO; later ones go to DEBUG, as a
  // process without privilege meets one at every listener it opens.
  private final AtomicBoolean privilegeFallbackLogged = new AtomicBoolean();

  public PortAllocator(PortSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public PortSettings settings() {
    return settings;
  }

  /**
   * {@code stream_server}: a listener for sendbackup's data streams or taper's localhost port, from
   * the user TCP range, else a privileged port, else any port.
   */
  public StreamListener openStreamServer() throws IOException {
    PortRoutine<ServerSocketChannel> routine = PortRoutine.listener(settings.bindAddress());
    Allocation<ServerSocketChannel> got =
        allocate(routine, steps(settings.unreservedTcpPort(), true));
    return new StreamListener(got.channel(), got.port());
  }

  /**
   * {@code stream_client}: a connection to {@code target} (dumper to sendbackup or taper) from the
   * user TCP range, else from any port.
   *
   * @throws java.net.ConnectException when the target refuses; no other local port is tried
   * @throws java.net.SocketTimeoutException when the connect timeout passes
   */
  public StreamConnection connectStream(InetSocketAddress target) throws IOException {
    requireResolved(target);
    PortRoutine<SocketChannel> routine =
        PortRoutine.client(
            "stream-client", settings.bindAddress(), target, settings.connectTimeout());
    Allocation<SocketChannel> got = allocate(routine, steps(settings.unreservedTcpPort(), false));
    return new StreamConnection(got.channel(), got.port());
  }

  /**
   * {@code stream_client_privileged}: a connection to {@code target} (amrecover to amindexd or
   * amidxtaped, bsdtcp requests) from a port of {@code reserved-tcp-port}, else 512..1023. There is
   * no fallback: a peer that checks the source port would refuse any other.
   *
   * @throws NoPrivilegeException when this process may not bind those ports
   * @throws PortsBusyException when every port of the range is in use or named
   * @throws java.net.ConnectException when the target refuses; no other local port is tried
   */
  public StreamConnection connectPrivilegedStream(InetSocketAddress target) throws IOException {
    requireResolved(target);
    PortRange range = settings.privilegedClientPorts();
    PortRoutine<SocketChannel> routine =
        PortRoutine.client(
            "privileged-stream-client", settings.bindAddress(), target, settings.connectTimeout());
    Outcome<SocketChannel> outcome = scan(routine, range);
    if (outcome.found()) {
      return new StreamConnection(
          outcome.channel(), chosen(routine, BindStep.PRIVILEGED, outcome.port()));
    }
    if (outcome.deniedForPrivilege()) {
      throw new NoPrivilegeException(target, range);
    }
    throw new PortsBusyException(target, range, outcome.skipped(), settings.services());
  }

  /**
   * {@code dgram_bind}: a UDP socket for amcheck, planner or one dumper, from the user UDP range
   * ({@code reserved-udp-port}), else a privileged port, else any port.
   */
  public BoundDatagram bindDatagram() throws IOException {
    PortRoutine<DatagramChannel> routine = PortRoutine.datagram(settings.bindAddress());
    Allocation<DatagramChannel> got = allocate(routine, steps(settings.reservedUdpPort(), true));
    return new BoundDatagram(got.channel(), got.port());
  }

  private List<RangeStep> steps(Optional<PortRange> userRange, boolean withPrivileged) {
    List<RangeStep> steps = new ArrayList<>(2);
    userRange.ifPresent(range -> steps.add(new RangeStep(BindStep.USER_RANGE, range)));
    if (withPrivileged) {
      steps.add(new RangeStep(BindStep.PRIVILEGED, settings.privilegedPorts()));
    }
    return steps;
  }

  // Tries each range step in turn, then the any-port step.
  private <T extends NetworkChannel> Allocation<T> allocate(
      PortRoutine<T> routine, List<RangeStep> steps) throws IOException {
    for (int i = 0; i < steps.size(); i++) {
      RangeStep step = steps.get(i);
      Outcome<T> outcome = scan(routine, step.range());
      if (outcome.found()) {
        return new Allocation<>(outcome.channel(), chosen(routine, step.step(), outcome.port()));
      }
      BindStep next = i + 1 < steps.size() ? steps.get(i + 1).step() : BindStep.ANY;
      logFallback(routine, step, outcome, next);
    }
    return bindAny(routine);
  }

  private <T extends NetworkChannel> Outcome<T> scan(PortRoutine<T> routine, PortRange range)
      throws IOException {
    return PortScan.scan(
        range, routine.firstPort(range), routine.protocol(), settings.services(), routine::tryPort);
  }

  // Port 0; a port the services file names is held open while the kernel is asked again, so
  // that it cannot hand the same one out twice.
  private <T extends NetworkChannel> Allocation<T> bindAny(PortRoutine<T> routine)
      throws IOException {
    List<T> named = new ArrayList<>();
    try {
      for (int i = 0; i < ANY_PORT_TRIES; i++) {
        T channel = requireBound(routine.bindPort(0));
        int port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        if (!settings.services().isOwnedByOtherService(port, routine.protocol())) {
          T ready = requireBound(routine.finish(channel));
          return new Allocation<>(ready, chosen(routine, BindStep.ANY, port));
        }
        log.debug(
            "kernel chose a named port, asking again routine={} port={}", routine.name(), port);
        named.add(channel);
      }
    } finally {
      closeAll(named);
    }
    throw new BindException(
        routine.name()
            + ": the kernel offered "
            + ANY_PORT_TRIES
            + " ports in a row that "
            + settings.services().path()
            + " names for other services");
  }

  // In the any-port step nothing else is left to try, so busy or denied is an error too.
  private static <T extends NetworkChannel> T requireBound(Attempt<T> attempt) throws IOException {
    if (attempt.status() != Status.BOUND) {
      throw attempt.failure();
    }
    return attempt.channel();
  }

  private AllocatedPort chosen(PortRoutine<?> routine, BindStep step, int port) {
    log.debug("port chosen routine={} step={} port={}", routine.name(), step, port);
    return new AllocatedPort(step, port);
  }

  private void logFallback(
      PortRoutine<?> routine, RangeStep step, Outcome<?> outcome, BindStep next) {
    if (!outcome.deniedForPrivilege()) {
      log.info(
          "port range exhausted, falling back routine={} step={} range={} busy={} skipped={}"
              + " denied={} next={}",
          routine.name(),
          step.step(),
          step.range(),
          outcome.busy(),
          outcome.skipped(),
          outcome.denied(),
          next);
      return;
    }
    String line =
        "port range not permitted, falling back routine={} step={} range={} next={} why=\"{}\"";
    if (privilegeFallbackLogged.compareAndSet(false, true)) {
      log.info(line, routine.name(), step.step(), step.range(), next, NoPrivilegeException.HINT);
    } else {
      log.debug(line, routine.name(), step.step(), step.range(), next, NoPrivilegeException.HINT);
    }
  }

  private static void requireResolved(InetSocketAddress target) throws UnknownHostException {
    if (target.isUnresolved()) {
      throw new UnknownHostException(
          "cannot connect to unresolved address " + SocketErrors.hostPort(target));
    }
  }

  private static void closeAll(List<? extends NetworkChannel> channels) {
    for (NetworkChannel channel : channels) {
      try {
        channel.close();
      } catch (IOException e) {
        // An unconnected socket that fails to close leaks nothing we could still free.
        log.debug("close failed error={}", e.getMessage());
      }
    }
  }

  /** One range step of a bind order. */
  private record RangeStep(BindStep step, PortRange range) {}

  /** A ready channel and the port that was allocated for it. */
  private record Allocation<T extends NetworkChannel>(T channel, AllocatedPort port) {}
}
