package org.jamanda.protocol;

import java.util.Objects;

/**
 * The first line of a UDP packet: {@code Amanda <major>.<minor> <TYPE> HANDLE <handle> SEQ <n>}.
 *
 * <p>Every reply repeats the handle and sequence number of the REQ it answers; a receiver matches a
 * packet to its exchange by both and by the peer's address. Immutable.
 *
 * @param version the version token as received, e.g. {@code 3.5}; Amanda only checks that it holds
 *     a dot
 * @param type the packet type
 * @param handle an opaque token without spaces; Amanda writes {@code 000-%08x}
 * @param sequence the sequence number, chosen by the requester
 */
public record PacketHeader(String version, PacketType type, String handle, int sequence) {
  /** The version jamanda writes: it speaks Amanda 3.5's protocol. */
  public static final String VERSION = "3.5";

  public PacketHeader {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(handle, "handle");
    if (handle.isEmpty() || handle.chars().anyMatch(c -> c == ' ' || c == '\n')) {
      throw new IllegalArgumentException("handle must be one token: '" + handle + "'");
    }
  }

  /** A header of jamanda's own version. */
  public static PacketHeader of(PacketType type, String handle, int sequence) {
    return new PacketHeader(VERSION, type, handle, sequence);
  }

  /** The same handle and sequence with another type: how every reply is addressed. */
  public PacketHeader withType(PacketType replyType) {
    return new PacketHeader(VERSION, replyType, handle, sequence);
  }
}
