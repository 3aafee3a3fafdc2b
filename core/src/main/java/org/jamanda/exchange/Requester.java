package org.jamanda.exchange;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jamanda.common.Scheduler;
import org.jamanda.protocol.PacketType;
import org.jamanda.security.PacketSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requester's side of one exchange (amcheck, planner, dumper, amrecover): sends a REQ, waits
 * for its ACK and REP, and acknowledges the REP once, as protocol.c does.
 *
 * <p>Timers: the REQ is sent up to {@code reqTries} times, {@code ackWait} apart, then fails with
 * "timeout waiting for ACK". After the ACK the reply timeout runs; a PREP is passed up but does not
 * extend it. When it expires the whole REQ cycle starts again up to {@code resetTries} times (never
 * once the first REQ is older than {@code dropDead}), then fails with "timeout waiting for REP". A
 * REP or PREP arriving before the ACK means the ACK was lost and is taken as if it had come.
 * Thread-safe: packets and timers may arrive on any thread.
 */
public final class Requester {
  private static final Logger log = LoggerFactory.getLogger(Requester.class);

  private final PacketSender channel;
  private final String requestBody;
  private final Duration replyTimeout;
  private final RetransmitPolicy policy;
  private final Scheduler scheduler;
  private final Clock clock;
  private final ReplyListener listener;

  @GuardedBy("this")
  private ExchangeState state = ExchangeState.NEW;

  @GuardedBy("this")
  private int reqTriesLeft;

  @GuardedBy("this")
  private int resetTriesLeft;

  @GuardedBy("this")
  private int sends;

  @GuardedBy("this")
  private Instant firstSent;

  @GuardedBy("this")
  private Instant lastSent;

  @GuardedBy("this")
  private Scheduler.Timer timer;

  /**
   * @param replyTimeout how long to wait for the REP after the ACK (amcheck: {@code ctimeout})
   */
  public Requester(
      PacketSender channel,
      String requestBody,
      Duration replyTimeout,
      RetransmitPolicy policy,
      Scheduler scheduler,
      Clock clock,
      ReplyListener listener) {
    this.channel = Objects.requireNonNull(channel);
    this.requestBody = Objects.requireNonNull(requestBody);
    this.replyTimeout = Objects.requireNonNull(replyTimeout);
    this.policy = Objects.requireNonNull(policy);
    this.scheduler = Objects.requireNonNull(scheduler);
    this.clock = Objects.requireNonNull(clock);
    this.listener = Objects.requireNonNull(listener);
  }

  /** Sends the REQ. */
  public void start() {
    synchronized (this) {
      if (state != ExchangeState.NEW) {
        throw new IllegalStateException("already started");
      }
      resetTriesLeft = policy.resetTries();
      firstSent = clock.instant();
    }
    beginCycle();
  }

  public synchronized ExchangeState state() {
    return state;
  }

  /** How many times the REQ has been sent so far. */
  public synchronized int sends() {
    return sends;
  }

  /** Takes a packet the transport matched to this exchange. */
  public void receive(PacketType type, String body) {
    Outcome outcome;
    synchronized (this) {
      outcome = onPacket(type, body);
    }
    outcome.deliver(listener);
  }

  /** The transport failed; the exchange ends with {@code cause}. */
  public void fail(IOException cause) {
    Outcome outcome;
    synchronized (this) {
      outcome = finish(ExchangeState.FAILED, Outcome.failure(cause));
    }
    outcome.deliver(listener);
  }

  @GuardedBy("this")
  private Outcome onPacket(PacketType type, String body) {
    if (state != ExchangeState.ACK_WAIT && state != ExchangeState.REP_WAIT) {
      log.debug("packet after the exchange ended type={} state={}", type, state);
      return Outcome.NONE;
    }
    return switch (type) {
      case ACK -> onAck();
      case NAK -> finish(ExchangeState.DONE, Outcome.nak(body));
      case PREP -> onPartialReply(body);
      case REP -> onReply(body);
      case REQ -> {
        log.debug("unexpected packet ignored type={} state={}", type, state);
        yield Outcome.NONE;
      }
    };
  }

  @GuardedBy("this")
  private Outcome onAck() {
    if (state == ExchangeState.ACK_WAIT) {
      state = ExchangeState.REP_WAIT;
      arm(replyTimeout);
    }
    return Outcome.NONE;
  }

  // A PREP keeps the reply deadline of the last REQ: the time left, at least one second.
  @GuardedBy("this")
  private Outcome onPartialReply(String body) {
    state = ExchangeState.REP_WAIT;
    Duration elapsed = Duration.between(lastSent, clock.instant());
    Duration left = replyTimeout.minus(elapsed).plusSeconds(1);
    arm(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
    return Outcome.partial(body);
  }

  // The one ACK of a REP is never re-sent: a lost ACK makes the peer send the REP again.
  @GuardedBy("this")
  private Outcome onReply(String body) {
    try {
      channel.send(PacketType.ACK, "");
    } catch (IOException e) {
      return finish(ExchangeState.FAILED, Outcome.failure(new IOException("error sending ACK", e)));
    }
    return finish(ExchangeState.DONE, Outcome.reply(body));
  }

  private void beginCycle() {
    Outcome outcome;
    synchronized (this) {
      reqTriesLeft = policy.reqTries();
      outcome = sendRequest();
    }
    outcome.deliver(listener);
  }

  @GuardedBy("this")
  private Outcome sendRequest() {
    try {
      channel.send(PacketType.REQ, requestBody);
    } catch (IOException e) {
      return finish(ExchangeState.FAILED, Outcome.failure(new IOException("error sending REQ", e)));
    }
    sends++;
    reqTriesLeft--;
    lastSent = clock.instant();
    state = ExchangeState.ACK_WAIT;
    arm(policy.ackWait());
    return Outcome.NONE;
  }

  private void onTimeout(ExchangeState armedIn) {
    Outcome outcome;
    synchronized (this) {
      if (state != armedIn) {
        return;
      }
      outcome = state == ExchangeState.ACK_WAIT ? ackTimedOut() : replyTimedOut();
    }
    outcome.deliver(listener);
  }

  // No ACK: re-send the same REQ while tries are left (req-tries sends in all).
  @GuardedBy("this")
  private Outcome ackTimedOut() {
    if (reqTriesLeft <= 0) {
      return finish(
          ExchangeState.FAILED,
          Outcome.failure(new ExchangeTimeoutException(ExchangeTimeoutException.Phase.ACK, sends)));
    }
    log.debug("no ACK, sending REQ again sends={}", sends);
    return sendRequest();
  }

  // No REP: start a new REQ cycle, unless the resets are used up or the request is too old.
  @GuardedBy("this")
  private Outcome replyTimedOut() {
    boolean tooOld = Duration.between(firstSent, clock.instant()).compareTo(policy.dropDead()) > 0;
    if (resetTriesLeft <= 0 || tooOld) {
      return finish(
          ExchangeState.FAILED,
          Outcome.failure(new ExchangeTimeoutException(ExchangeTimeoutException.Phase.REP, sends)));
    }
    resetTriesLeft--;
    reqTriesLeft = policy.reqTries();
    log.debug("no REP, sending REQ again resetsLeft={}", resetTriesLeft);
    return sendRequest();
  }

  @GuardedBy("this")
  private void arm(Duration delay) {
    if (timer != null) {
      timer.cancel();
    }
    ExchangeState armedIn = state;
    timer = scheduler.schedule(delay, () -> onTimeout(armedIn));
  }

  @GuardedBy("this")
  private Outcome finish(ExchangeState end, Outcome outcome) {
    if (state == ExchangeState.DONE || state == ExchangeState.FAILED) {
      return Outcome.NONE;
    }
    state = end;
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    return outcome;
  }
}
