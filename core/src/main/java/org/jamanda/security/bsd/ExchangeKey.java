package org.jamanda.security.bsd;

import java.net.InetSocketAddress;
import org.jamanda.protocol.PacketHeader;

/**
 * What ties a UDP packet to its exchange: the peer's address and port, the handle and the sequence
 * number, all three equal ({@code udp_netfd_read_callback} in security-util.c).
 */
public record ExchangeKey(InetSocketAddress peer, String handle, int sequence) {
  /** The key of a packet with {@code header} from {@code peer}. */
  public static ExchangeKey of(InetSocketAddress peer, PacketHeader header) {
    return new ExchangeKey(peer, header.handle(), header.sequence());
  }
}
