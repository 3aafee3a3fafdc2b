package org.jamanda.exchange;

import java.io.IOException;

/** What an exchange tells its listener after an event; delivered outside the exchange's lock. */
final class Outcome {
  static final Outcome NONE = new Outcome(null, null, null);

  private enum Kind {
    PARTIAL,
    REPLY,
    NAK,
    FAILURE
  }

  private final Kind kind;
  private final String body;
  private final IOException cause;

  private Outcome(Kind kind, String body, IOException cause) {
    this.kind = kind;
    this.body = body;
    this.cause = cause;
  }

  static Outcome partial(String body) {
    return new Outcome(Kind.PARTIAL, body, null);
  }

  static Outcome reply(String body) {
    return new Outcome(Kind.REPLY, body, null);
  }

  static Outcome nak(String body) {
    return new Outcome(Kind.NAK, body, null);
  }

  static Outcome failure(IOException cause) {
    return new Outcome(Kind.FAILURE, null, cause);
  }

  void deliver(ReplyListener listener) {
    if (kind == null) {
      return;
    }
    switch (kind) {
      case PARTIAL -> listener.onPartialReply(body);
      case REPLY -> listener.onReply(body);
      case NAK -> listener.onNak(body);
      case FAILURE -> listener.onFailure(cause);
    }
  }
}
