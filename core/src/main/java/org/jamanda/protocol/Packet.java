package org.jamanda.protocol;

import java.util.Objects;

/**
 * One UDP packet of Amanda's request protocol: the header line and the body after it.
 *
 * <p>The body is kept as ISO-8859-1 text so that every byte of a datagram round-trips exactly,
 * whatever encoding the paths in it use. Immutable.
 */
public record Packet(PacketHeader header, String body) {
  public Packet {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(body, "body");
  }

  public PacketType type() {
    return header.type();
  }
}
