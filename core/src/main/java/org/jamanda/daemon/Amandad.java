package org.jamanda.daemon;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jamanda.common.LogLimiter;
import org.jamanda.common.Scheduler;
import org.jamanda.exchange.Responder;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.protocol.Packet;
import org.jamanda.protocol.PacketType;
import org.jamanda.security.AuthenticationException;
import org.jamanda.security.PacketSender;
import org.jamanda.security.bsd.BsdRequestGuard;
import org.jamanda.security.bsd.ExchangeKey;
import org.jamanda.security.bsd.UdpEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * amandad over UDP (bsd, bsdudp): checks each new REQ, acknowledges it, runs the service it asks
 * for on a thread of its own and sends the reply, re-sending it until it is acknowledged.
 *
 * <p>A refused request gets a NAK with Amanda's text and a WARN line here. Duplicates of a REQ
 * reach the exchange they belong to. Thread-safe; {@link #activeExchanges()} and {@link
 * #lastActivity()} tell an inetd-mode caller when it may exit.
 */
public final class Amandad implements UdpEndpoint.Acceptor {
  private static final Logger log = LoggerFactory.getLogger(Amandad.class);

  private final ServiceRegistry services;
  private final BsdRequestGuard guard;
  private final RetransmitPolicy policy;
  private final Scheduler scheduler;
  private final Clock clock;

  /** Requests served at once; more wait in a queue of {@link #MAX_QUEUED}. */
  static final int MAX_WORKERS = 64;

  /** Requests waiting for a worker; past this a new request is dropped and logged. */
  static final int MAX_QUEUED = 4096;

  private final ThreadPoolExecutor workers =
      new ThreadPoolExecutor(
          MAX_WORKERS,
          MAX_WORKERS,
          30,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(MAX_QUEUED),
          Amandad::workerThread);
  private final Map<ExchangeKey, Responder> exchanges = new ConcurrentHashMap<>();
  private final AtomicInteger starting = new AtomicInteger();
  private final LogLimiter refusals;
  private volatile UdpEndpoint endpoint;
  private volatile Instant lastActivity;

  public Amandad(
      ServiceRegistry services,
      BsdRequestGuard guard,
      RetransmitPolicy policy,
      Scheduler scheduler,
      Clock clock) {
    this.services = services;
    this.guard = guard;
    this.policy = policy;
    this.scheduler = scheduler;
    this.clock = clock;
    this.lastActivity = clock.instant();
    this.refusals = new LogLimiter(20, Duration.ofMinutes(1), clock);
    workers.allowCoreThreadTimeOut(true);
  }

  /** Serves requests arriving on {@code udp}, a bound socket amandad now owns. */
  public UdpEndpoint serve(java.nio.channels.DatagramChannel udp) {
    endpoint = UdpEndpoint.start(udp, Optional.of(this));
    log.info("amandad listening port={} services={}", endpoint.localPort(), services.enabled());
    return endpoint;
  }

  /** Exchanges not finished yet, including requests still being checked. */
  public int activeExchanges() {
    return exchanges.size() + starting.get();
  }

  /** When the last request arrived or the last exchange ended. */
  public Instant lastActivity() {
    return lastActivity;
  }

  /** Stops the worker threads; the endpoint is closed by its owner. */
  public void shutdown() {
    workers.shutdownNow();
  }

  @Override
  public void onRequest(InetSocketAddress peer, Packet packet) {
    lastActivity = clock.instant();
    ExchangeKey key = ExchangeKey.of(peer, packet.header());
    Responder placeholder = exchanges.get(key);
    if (placeholder != null) {
      placeholder.receive(PacketType.REQ, packet.body());
      return;
    }
    starting.incrementAndGet();
    try {
      workers.execute(() -> start(key, packet.body()));
    } catch (RejectedExecutionException e) {
      starting.decrementAndGet();
      log.warn("request dropped, too many waiting peer={} queued={}", peer, MAX_QUEUED);
    }
  }

  private void start(ExchangeKey key, String body) {
    try {
      PacketSender sender = endpoint.channel(key, Optional.empty());
      Responder responder = new Responder(sender, policy, scheduler, new ExchangeEnd(key));
      if (exchanges.putIfAbsent(key, responder) != null) {
        return;
      }
      endpoint.register(key, responder::receive);
      admitAndServe(key, body, responder);
    } catch (RuntimeException e) {
      log.error("request handling failed peer={}", key.peer(), e);
      finish(key);
    } finally {
      starting.decrementAndGet();
    }
  }

  private void admitAndServe(ExchangeKey key, String body, Responder responder) {
    BsdRequestGuard.Admitted admitted;
    try {
      admitted = guard.admit(key.peer(), body);
    } catch (AuthenticationException e) {
      long held = refusals.tryAcquire();
      if (held >= 0) {
        log.warn("request refused peer={} reason={} heldBack={}", key.peer(), e.getMessage(), held);
      }
      refuse(key, responder, e.getMessage());
      return;
    }
    String name = admitted.request().service();
    Optional<Service> service = services.service(name);
    if (!services.isEnabled(name)) {
      log.warn("service not enabled peer={} service={}", admitted.peerHostName(), name);
      refuse(key, responder, name + ": invalid service, add '" + name + "' as argument to amandad");
      return;
    }
    if (service.isEmpty()) {
      log.warn("service not implemented peer={} service={}", admitted.peerHostName(), name);
      refuse(key, responder, name + ": service not implemented by jamanda's amandad yet");
      return;
    }
    try {
      responder.accept();
    } catch (IOException e) {
      log.warn("cannot acknowledge request peer={} error={}", key.peer(), e.toString());
      finish(key);
      return;
    }
    log.info("service request accepted peer={} service={}", admitted.peerHostName(), name);
    responder.reply(run(service.get(), admitted, key, responder));
  }

  private String run(
      Service service, BsdRequestGuard.Admitted admitted, ExchangeKey key, Responder responder) {
    ServiceRequest request =
        new ServiceRequest(
            service.name(),
            key.peer(),
            admitted.peerHostName(),
            admitted.remoteUser(),
            admitted.request().arguments(),
            responder::partialReply);
    try {
      return service.serve(request);
    } catch (ServiceException e) {
      log.warn(
          "service failed service={} peer={} error={}", service.name(), key.peer(), e.getMessage());
      return "ERROR " + e.getMessage() + "\n";
    } catch (IOException | RuntimeException e) {
      log.error("service crashed service={} peer={}", service.name(), key.peer(), e);
      return "ERROR service " + service.name() + " failed: " + e + "\n";
    }
  }

  private void refuse(ExchangeKey key, Responder responder, String message) {
    try {
      responder.refuse(message);
    } catch (IOException e) {
      log.warn("cannot send NAK peer={} error={}", key.peer(), e.toString());
    }
    finish(key);
  }

  private void finish(ExchangeKey key) {
    exchanges.remove(key);
    // A late duplicate of a refused REQ finds no exchange and is checked again: NAKed again.
    endpoint.unregister(key);
    lastActivity = clock.instant();
  }

  private static Thread workerThread(Runnable r) {
    Thread t = new Thread(r, "amandad-service");
    t.setDaemon(true);
    return t;
  }

  /** Ends an exchange when its REP is acknowledged or never is. */
  private final class ExchangeEnd implements Responder.Listener {
    private final ExchangeKey key;

    ExchangeEnd(ExchangeKey key) {
      this.key = key;
    }

    @Override
    public void onReplyAcknowledged() {
      log.debug("reply acknowledged peer={}", key.peer());
      finish(key);
    }

    @Override
    public void onFailure(IOException cause) {
      log.warn("exchange failed peer={} error={}", key.peer(), cause.getMessage());
      finish(key);
    }
  }
}
