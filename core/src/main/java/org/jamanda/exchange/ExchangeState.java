package org.jamanda.exchange;

/** The states of one exchange, as protocol.c (requester) and amandad.c (responder) name them. */
public enum ExchangeState {
  /** Not started. */
  NEW,
  /** Requester: REQ sent, waiting for ACK ({@code s_ackwait}). */
  ACK_WAIT,
  /** Requester: ACK received, waiting for REP ({@code s_repwait}). */
  REP_WAIT,
  /** Responder: REQ acknowledged, the service is working. */
  SERVICE_RUNNING,
  /** Responder: REP sent, waiting for its ACK. */
  REP_ACK_WAIT,
  /** Finished: REP received and ACKed, or a NAK, or the responder's REP was ACKed. */
  DONE,
  /** Given up: a timeout or a transport error. */
  FAILED
}
