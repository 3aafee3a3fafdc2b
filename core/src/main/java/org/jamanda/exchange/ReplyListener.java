package org.jamanda.exchange;

import java.io.IOException;

/**
 * Hears how a request ends. Exactly one of {@link #onReply}, {@link #onNak} and {@link #onFailure}
 * is called, once; {@link #onPartialReply} may come any number of times before it. Calls come from
 * the thread that delivered the packet or ran the timer, never under the requester's lock.
 */
public interface ReplyListener {
  /** A PREP arrived: the body holds what the service has produced so far. */
  default void onPartialReply(String body) {}

  /** The REP arrived and was acknowledged. */
  void onReply(String body);

  /** The peer refused the request; the body is {@code ERROR <reason>}. */
  void onNak(String body);

  /** The request failed: a timeout ({@link ExchangeTimeoutException}) or a transport error. */
  void onFailure(IOException cause);
}
