package org.jamanda.exchange;

import org.jamanda.protocol.PacketType;

/**
 * How a request ended at the peer: its REP, or its NAK. Immutable.
 *
 * @param type {@link PacketType#REP} or {@link PacketType#NAK}
 * @param body the packet's body
 */
public record Reply(PacketType type, String body) {
  public boolean isNak() {
    return type == PacketType.NAK;
  }

  /** The reason of a NAK, without {@code ERROR } and the newline; the body of a REP. */
  public String text() {
    String text = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
    return isNak() && text.startsWith("ERROR ") ? text.substring(6) : text;
  }
}
