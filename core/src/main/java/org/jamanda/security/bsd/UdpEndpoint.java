package org.jamanda.security.bsd;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
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

  /** The receive buffer asked for: room for about a hundred selfcheck replies of 8 KiB. */
  public static final int RECEIVE_BUFFER_BYTES = 2 * 1024 * 1024;

  /** How often the reader looks at its stop condition while the socket is quiet. */
  private static final long POLL_MILLIS = 200;

  /** How many times a send is tried while the socket's send buffer stays full (10 ms apart). */
  private static final int SEND_ATTEMPTS = 100;

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
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile BooleanSupplier stopWhenIdle = () -> false;

  private UdpEndpoint(DatagramChannel channel, Optional<Acceptor> acceptor, String name) {
    this.channel = channel;
    this.acceptor = acceptor;
    this.reader = new Thread(this::readLoop, name);
    this.reader.setDaemon(true);
  }

  /**
   * Starts serving {@code channel}, which must be bound; the endpoint owns it. Its receive buffer
   * is raised toward {@link #RECEIVE_BUFFER_BYTES} (the kernel caps it at net.core.rmem_max), so
   * one socket can take the replies of a hundred clients arriving at once.
   */
  public static UdpEndpoint start(DatagramChannel channel, Optional<Acceptor> acceptor) {
    try {
      channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_BYTES);
    } catch (IOException e) {
      log.debug("receive buffer left as it was error={}", e.toString());
    }
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
    ByteBuffer datagram = ByteBuffer.wrap(bytes);
    // The socket is non-blocking: a full send buffer sends nothing, so wait a little and retry.
    for (int attempt = 0; channel.send(datagram, peer) == 0; attempt++) {
      if (attempt >= SEND_ATTEMPTS) {
        throw new IOException("udp send buffer full, datagram to " + peer + " not sent");
      }
      try {
        TimeUnit.MILLISECONDS.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while sending to " + peer, e);
      }
    }
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

  /**
   * Makes the reader stop, and close the socket, once {@code condition} holds while no datagram is
   * waiting: how an inetd-started amandad leaves without dropping a request that arrived just
   * before. The condition is polled a few times a second.
   */
  public void stopWhenIdle(BooleanSupplier condition) {
    this.stopWhenIdle = condition;
  }

  /** Waits until the reader has stopped; true if it did within {@code timeout}. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void readLoop() {
    ByteBuffer buffer = ByteBuffer.allocate(65536);
    try (Selector selector = Selector.open()) {
      channel.configureBlocking(false);
      channel.register(selector, SelectionKey.OP_READ);
      while (channel.isOpen()) {
        selector.select(POLL_MILLIS);
        selector.selectedKeys().clear();
        // Stop only when a last look finds the socket empty, so no queued request is lost.
        if (!drain(buffer) && stopWhenIdle.getAsBoolean() && !drain(buffer)) {
          channel.close();
        }
      }
    } catch (ClosedChannelException | ClosedSelectorException e) {
      log.debug("udp endpoint closed port={}", localPort());
    } catch (IOException e) {
      log.error("udp endpoint failed port={} error={}", localPort(), e.toString());
    } finally {
      stopped.countDown();
    }
  }

  // Reads every datagram waiting on the socket; true if there was any.
  private boolean drain(ByteBuffer buffer) throws IOException {
    boolean any = false;
    while (true) {
      buffer.clear();
      SocketAddress from = channel.receive(buffer);
      if (from == null) {
        return any;
      }
      any = true;
      if (from instanceof InetSocketAddress peer) {
        buffer.flip();
        byte[] datagram = new byte[buffer.remaining()];
        buffer.get(datagram);
        try {
          dispatch(peer, datagram, datagram.length);
        } catch (RuntimeException e) {
          log.error("udp dispatch failed port={} peer={}", localPort(), peer, e);
        }
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
