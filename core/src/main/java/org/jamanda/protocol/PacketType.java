package org.jamanda.protocol;

import java.util.Optional;

/**
 * The five packet types of Amanda's request protocol, spelled as on the wire. The ordinal is the
 * type byte that stream transports (bsdtcp, ssl) send in place of the text header ({@code
 * packet.h}).
 */
public enum PacketType {
  /** A request, from the requester to amandad. */
  REQ,
  /** The final reply; the requester answers it with one ACK. */
  REP,
  /** A partial reply (the body so far); never ACKed. */
  PREP,
  /** Acknowledges a REQ (amandad) or a REP (the requester); empty body. */
  ACK,
  /** A refusal in place of ACK and REP; the body is {@code ERROR <reason>}. */
  NAK;

  private static final PacketType[] BY_CODE = values();

  /** The type byte of stream transports: REQ 0, REP 1, PREP 2, ACK 3, NAK 4. */
  // The declaration order is packet.h's numbering, by construction of this enum.
  @SuppressWarnings("EnumOrdinal")
  public int code() {
    return ordinal();
  }

  /** The type whose stream type byte is {@code code}, if there is one. */
  public static Optional<PacketType> ofCode(int code) {
    return code >= 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
  }

  /** The type spelled {@code token} on the wire (exact case), if there is one. */
  public static Optional<PacketType> ofToken(String token) {
    for (PacketType type : BY_CODE) {
      if (type.name().equals(token)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
