package org.jamanda.security;

import java.io.IOException;

/**
 * A peer failed a trust check. The message is the text Amanda sends in its NAK, which the
 * requester's operator will read; the local log may say more.
 */
public final class AuthenticationException extends IOException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }
}
