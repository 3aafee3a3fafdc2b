package org.jamanda.security;

/**
 * The answer to a peer check: allowed, or denied with the text Amanda sends back in its NAK.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface AccessDecision {
  /** Lets the request go ahead. */
  static AccessDecision allowed() {
    return new Allowed();
  }

  /** Denies with {@code message}, the NAK text without its {@code ERROR } prefix. */
  static AccessDecision denied(String message) {
    return new Denied(message);
  }

  default boolean isAllowed() {
    return this instanceof Allowed;
  }

  /** The request may go ahead. */
  record Allowed() implements AccessDecision {}

  /** The request is refused; {@code message} is what Amanda puts after {@code ERROR} in the NAK. */
  record Denied(String message) implements AccessDecision {
    public Denied {
      if (message.isEmpty()) {
        throw new IllegalArgumentException("a denial needs a message");
      }
    }

    /** The whole NAK body, as amandad.c builds it: {@code "ERROR <message>\n"}. */
    public String nakBody() {
      return "ERROR " + message + "\n";
    }
  }
}
