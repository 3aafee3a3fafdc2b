package org.jamanda.security;

import java.io.IOException;
import org.jamanda.protocol.PacketType;

/**
 * Where one exchange sends its packets: a transport already addressed to the peer, the handle and
 * the sequence number (UDP) or the stream handle (bsdtcp). Implementations are thread-safe.
 */
public interface PacketSender {
  /** Sends one packet of {@code type} with {@code body}. */
  void send(PacketType type, String body) throws IOException;
}
