package org.jamanda.security.bsd;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.DatagramChannel;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.jamanda.common.LogLimiter;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.Packet;
import org.jamanda.protocol.PacketCodec;
import org.jamanda.protocol.PacketHeader;
import org.jamanda.protocol.PacketType;
import org.jamanda.security.PacketSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One UDP socket shared by many exchanges, as Amanda's bsd auth uses it: amcheck and the planner
 * reach every client from one, each dumper has its own, and amandad answers on 10080.
 *
 * <p>A reader thread receives each datagram, parses it, and hands it to the exchange registered
 * under its {@link ExchangeKey}. A REQ that matches no exchange goes to the {@link Acceptor}, if
 * there is one (amandad); any other unmatched packet is dropped. A malformed datagram is logged and
 * dropped; the endpoint keeps serving. Thread-safe; close it to stop the reader.
 */
public final class UdpEndpoint implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(UdpEndpoint.class);

  /** Takes requests that open a new exchange (amandad's side). */
  public interface Acceptor {
    void onRequest(InetSocketAddress peer, Packet packet);
  }

  private final DatagramChannel channel;
  private final Optional<Acceptor> acceptor;
  private final Map<ExchangeKey, BiConsumer<PacketType, String>> exchanges =
      new ConcurrentHashMap<>();
  private final LogLimiter drops = new LogLimiter(20, Duration.ofMinutes(1), Clock.systemUTC());
  private final Thread reader;

  private UdpEndpoint(DatagramChannel channel, Optional<Acceptor> acceptor, String name) {
    this.channel = channel;
    this.acceptor = acceptor;
    this.reader = new Thread(this::readLoop, name);
    this.reader.setDaemon(true);
  }

  /** Starts serving {@code channel}, which must be bound and blocking; the endpoint owns it. */
  public static UdpEndpoint start(DatagramChannel channel, Optional<Acceptor> acceptor) {
    UdpEndpoint endpoint = new UdpEndpoint(channel, acceptor, "udp-" + localPortOf(channel));
    endpoint.reader.start();
    return endpoint;
  }

  /** The local port the socket is bound to. */
  public int localPort() {
    return localPortOf(channel);
  }

  /** Routes the packets of {@code key} to {@code sink} until {@link #unregister}. */
  public void register(ExchangeKey key, BiConsumer<PacketType, String> sink) {
    exchanges.put(key, sink);
  }

  public void unregister(ExchangeKey key) {
    exchanges.remove(key);
  }

  /**
   * A channel that sends packets of the exchange {@code key}: each with its handle and sequence
   * number, a REQ with the {@code SECURITY USER} line of {@code securityUser} in front of its body,
   * as {@code udpbsd_sendpkt} does.
   */
  public PacketSender channel(ExchangeKey key, Optional<String> securityUser) {
    return (type, body) -> {
      String prefix =
          type == PacketType.REQ && securityUser.isPresent()
              ? "SECURITY USER " + securityUser.get() + "\n"
              : "";
      send(
          key.peer(),
          new Packet(PacketHeader.of(type, key.handle(), key.sequence()), prefix + body));
    };
  }

  /** Sends one packet to {@code peer}. */
  public void send(InetSocketAddress peer, Packet packet) throws IOException {
    byte[] bytes = PacketCodec.format(packet);
    if (log.isTraceEnabled()) {
      log.trace(
          "> {} {} HANDLE {} SEQ {} ({} bytes)",
          peer,
          packet.type(),
          packet.header().handle(),
          packet.header().sequence(),
          bytes.length);
    }
    channel.send(ByteBuffer.wrap(bytes), peer);
  }

  @Override
  public void close() throws IOException {
    channel.close();
    try {
      reader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readLoop() {
    ByteBuffer buffer = ByteBuffer.allocate(65536);
    while (channel.isOpen()) {
      try {
        buffer.clear();
        SocketAddress from = channel.receive(buffer);
        if (from instanceof InetSocketAddress peer) {
          buffer.flip();
          dispatch(peer, buffer.array(), buffer.limit());
        }
      } catch (AsynchronousCloseException e) {
        return;
      } catch (IOException e) {
        log.warn("udp receive failed port={} error={}", localPort(), e.toString());
      } catch (RuntimeException e) {
        log.error("udp dispatch failed port={}", localPort(), e);
      }
    }
  }

  private void dispatch(InetSocketAddress peer, byte[] datagram, int length) {
    Packet packet;
    try {
      packet = PacketCodec.parse(datagram, length);
    } catch (MalformedPacketException e) {
      drop(peer, e.getMessage());
      return;
    }
    if (log.isTraceEnabled()) {
      log.trace(
          "< {} {} HANDLE {} SEQ {} ({} bytes)",
          peer,
          packet.type(),
          packet.header().handle(),
          packet.header().sequence(),
          length);
    }
    BiConsumer<PacketType, String> sink = exchanges.get(ExchangeKey.of(peer, packet.header()));
    if (sink != null) {
      sink.accept(packet.type(), packet.body());
    } else if (packet.type() == PacketType.REQ && acceptor.isPresent()) {
      acceptor.get().onRequest(peer, packet);
    } else {
      log.debug("packet from unknown source dropped peer={} type={}", peer, packet.type());
    }
  }

  private void drop(InetSocketAddress peer, String reason) {
    long held = drops.tryAcquire();
    if (held >= 0) {
      log.warn("malformed datagram dropped peer={} reason={} heldBack={}", peer, reason, held);
    } else {
      log.debug("malformed datagram dropped peer={} reason={}", peer, reason);
    }
  }

  private static int localPortOf(DatagramChannel channel) {
    try {
      return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    } catch (IOException e) {
      return -1;
    }
  }
}
