package org.jamanda.exchange;

import java.time.Duration;

/**
 * The timers and retry counts of Amanda's request protocol, as protocol.c and amandad.c set them.
 * Immutable.
 *
 * @param ackWait how long a requester waits for the ACK of a REQ ({@code ACK_WAIT}, 10 s)
 * @param reqTries how many times a requester sends a REQ before "timeout waiting for ACK" ({@code
 *     req-tries}, 3)
 * @param resetTries how many more full REQ cycles follow a reply timeout ({@code RESET_TRIES}, 2)
 * @param dropDead no REQ is re-sent once the first was sent this long ago ({@code DROP_DEAD_TIME},
 *     1 h)
 * @param repAckWait how long amandad waits for the ACK of its REP before sending it again ({@code
 *     ACK_TIMEOUT}, 10 s)
 * @param repTries how many times amandad sends a REP in all ({@code rep-tries}, 5)
 */
public record RetransmitPolicy(
    Duration ackWait,
    int reqTries,
    int resetTries,
    Duration dropDead,
    Duration repAckWait,
    int repTries) {
  /** Amanda 3.5's values. */
  public static final RetransmitPolicy AMANDA =
      new RetransmitPolicy(
          Duration.ofSeconds(10), 3, 2, Duration.ofHours(1), Duration.ofSeconds(10), 5);

  public RetransmitPolicy {
    if (reqTries < 1 || repTries < 1 || resetTries < 0) {
      throw new IllegalArgumentException("tries must be positive");
    }
  }

  /** The same policy with the tries an amanda.conf sets. */
  public RetransmitPolicy withTries(int newReqTries, int newRepTries) {
    return new RetransmitPolicy(
        ackWait, newReqTries, resetTries, dropDead, repAckWait, newRepTries);
  }
}
