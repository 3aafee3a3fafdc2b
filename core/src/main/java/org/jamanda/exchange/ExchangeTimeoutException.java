package org.jamanda.exchange;

import java.io.IOException;

/**
 * An exchange gave up waiting. The message is Amanda's ("timeout waiting for ACK", "timeout waiting
 * for REP", "timeout waiting for ACK for our REP"), which operators grep for.
 */
public final class ExchangeTimeoutException extends IOException {
  private static final long serialVersionUID = 1L;

  /** What was being waited for. */
  public enum Phase {
    /** The ACK of a REQ. */
    ACK,
    /** The REP of an acknowledged REQ. */
    REP,
    /** The ACK of a REP (responder side). */
    REP_ACK
  }

  private final Phase phase;
  private final int sends;

  public ExchangeTimeoutException(Phase phase, int sends) {
    super(messageFor(phase));
    this.phase = phase;
    this.sends = sends;
  }

  public Phase phase() {
    return phase;
  }

  /** How many times the unanswered packet was sent. */
  public int sends() {
    return sends;
  }

  private static String messageFor(Phase phase) {
    return switch (phase) {
      case ACK -> "timeout waiting for ACK";
      case REP -> "timeout waiting for REP";
      case REP_ACK -> "timeout waiting for ACK for our REP";
    };
  }
}
