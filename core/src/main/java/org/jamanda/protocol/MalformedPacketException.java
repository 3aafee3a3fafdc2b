package org.jamanda.protocol;

import java.net.ProtocolException;

/**
 * A packet or body that does not follow Amanda's grammar. The message names the field that is wrong
 * and quotes the input (STYLE §9).
 */
public final class MalformedPacketException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public MalformedPacketException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field that was wrong, e.g. {@code SEQ} or {@code features}. */
  public String field() {
    return field;
  }
}
