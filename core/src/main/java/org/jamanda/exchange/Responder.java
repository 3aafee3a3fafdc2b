package org.jamanda.exchange;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.io.IOException;
import java.util.Objects;
import org.jamanda.common.Scheduler;
import org.jamanda.protocol.PacketType;
import org.jamanda.security.PacketSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * amandad's side of one exchange: acknowledges the REQ at once, sends the service's PREPs and REP,
 * and re-sends the REP until it is acknowledged, as amandad.c does.
 *
 * <p>A duplicate REQ while the service runs is acknowledged again; after the REP it makes the REP
 * go out again at once. The REP is sent {@code repTries} times in all, {@code repAckWait} apart;
 * then the exchange fails with "timeout waiting for ACK for our REP". Thread-safe.
 */
public final class Responder {
  private static final Logger log = LoggerFactory.getLogger(Responder.class);

  /** Hears how the exchange ends; called outside the responder's lock. */
  public interface Listener {
    /** The requester acknowledged the REP: data streams may now be accepted. */
    void onReplyAcknowledged();

    /** The REP was never acknowledged, or sending failed. */
    void onFailure(IOException cause);
  }

  private final PacketSender channel;
  private final RetransmitPolicy policy;
  private final Scheduler scheduler;
  private final Listener listener;

  @GuardedBy("this")
  private ExchangeState state = ExchangeState.NEW;

  @GuardedBy("this")
  private String reply;

  @GuardedBy("this")
  private int repSends;

  @GuardedBy("this")
  private Scheduler.Timer timer;

  public Responder(
      PacketSender channel, RetransmitPolicy policy, Scheduler scheduler, Listener listener) {
    this.channel = Objects.requireNonNull(channel);
    this.policy = Objects.requireNonNull(policy);
    this.scheduler = Objects.requireNonNull(scheduler);
    this.listener = Objects.requireNonNull(listener);
  }

  /** Acknowledges the REQ that opened this exchange. */
  public synchronized void accept() throws IOException {
    if (state != ExchangeState.NEW) {
      throw new IllegalStateException("already accepted");
    }
    channel.send(PacketType.ACK, "");
    state = ExchangeState.SERVICE_RUNNING;
  }

  /** Refuses the REQ with a NAK whose body is {@code ERROR <message>}. */
  public synchronized void refuse(String message) throws IOException {
    channel.send(PacketType.NAK, "ERROR " + message + "\n");
    state = ExchangeState.DONE;
  }

  public synchronized ExchangeState state() {
    return state;
  }

  /** Sends what the service has produced so far as a PREP; PREPs are never acknowledged. */
  public synchronized void partialReply(String body) throws IOException {
    if (state == ExchangeState.SERVICE_RUNNING) {
      channel.send(PacketType.PREP, body);
    }
  }

  /** Sends the final REP and waits for its ACK. */
  public void reply(String body) {
    IOException failure;
    synchronized (this) {
      if (state != ExchangeState.SERVICE_RUNNING) {
        throw new IllegalStateException("no request to answer, state " + state);
      }
      reply = body;
      state = ExchangeState.REP_ACK_WAIT;
      failure = sendReply();
    }
    notifyFailure(failure);
  }

  /** Takes a packet the transport matched to this exchange (a duplicate REQ, or the ACK). */
  public void receive(PacketType type, String body) {
    boolean acknowledged = false;
    IOException failure = null;
    synchronized (this) {
      if (type == PacketType.REQ && state == ExchangeState.SERVICE_RUNNING) {
        failure = sendQuietly(PacketType.ACK, "");
      } else if (type == PacketType.REQ && state == ExchangeState.REP_ACK_WAIT) {
        log.debug("duplicate REQ after REP, sending REP again");
        failure = sendReply();
      } else if (type == PacketType.ACK && state == ExchangeState.REP_ACK_WAIT) {
        state = ExchangeState.DONE;
        cancelTimer();
        acknowledged = true;
      } else {
        log.debug("packet ignored type={} state={}", type, state);
      }
    }
    notifyFailure(failure);
    if (acknowledged) {
      listener.onReplyAcknowledged();
    }
  }

  @GuardedBy("this")
  private IOException sendReply() {
    IOException failure = sendQuietly(PacketType.REP, reply);
    if (failure != null) {
      state = ExchangeState.FAILED;
      return failure;
    }
    repSends++;
    cancelTimer();
    timer = scheduler.schedule(policy.repAckWait(), this::onAckTimeout);
    return null;
  }

  private void onAckTimeout() {
    IOException failure;
    synchronized (this) {
      if (state != ExchangeState.REP_ACK_WAIT) {
        return;
      }
      if (repSends >= policy.repTries()) {
        state = ExchangeState.FAILED;
        failure = new ExchangeTimeoutException(ExchangeTimeoutException.Phase.REP_ACK, repSends);
      } else {
        failure = sendReply();
      }
    }
    notifyFailure(failure);
  }

  @GuardedBy("this")
  private IOException sendQuietly(PacketType type, String body) {
    try {
      channel.send(type, body);
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  @GuardedBy("this")
  private void cancelTimer() {
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
  }

  private void notifyFailure(IOException failure) {
    if (failure != null) {
      listener.onFailure(failure);
    }
  }
}
