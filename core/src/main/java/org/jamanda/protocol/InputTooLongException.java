package org.jamanda.protocol;

import java.net.ProtocolException;

/** Input longer than the limit its reader allows; carries both numbers. */
public final class InputTooLongException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  private final long size;
  private final long limit;

  public InputTooLongException(String what, long size, long limit) {
    super(what + " too long: " + size + " bytes, limit " + limit);
    this.size = size;
    this.limit = limit;
  }

  public long size() {
    return size;
  }

  public long limit() {
    return limit;
  }
}
