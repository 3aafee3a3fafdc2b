package org.jamanda.daemon;

/**
 * A service could not answer; amandad sends the message to the requester as {@code ERROR <message>}
 * and logs it at WARN.
 */
public final class ServiceException extends Exception {
  private static final long serialVersionUID = 1L;

  public ServiceException(String message) {
    super(message);
  }

  public ServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
