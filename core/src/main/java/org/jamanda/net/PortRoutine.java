package org.jamanda.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jamanda.net.PortScan.Attempt;
import org.jamanda.net.PortScan.Status;

/**
 * How one of the chapter's routines gets a channel on one local port: open it, set its options,
 * bind it and, for a client, connect it. Immutable and thread-safe; every try opens its own channel
 * and closes it again unless it is returned.
 */
abstract class PortRoutine<T extends NetworkChannel> {
  /** Pending connections a listener queues; Amanda's 1 would stall a second early dumper. */
  static final int LISTEN_BACKLOG = 8;

  private final String name;
  private final String protocol;
  private final InetAddress bindAddress;

  private PortRoutine(String name, String protocol, InetAddress bindAddress) {
    this.name = name;
    this.protocol = protocol;
    this.bindAddress = bindAddress;
  }

  /** The routine's name in logs, e.g. "stream-server". */
  final String name() {
    return name;
  }

  /** "tcp" or "udp", as the services file spells it. */
  final String protocol() {
    return protocol;
  }

  /**
   * Where a scan of {@code range} starts. Binds start at a pseudo-random port, as {@code
   * bind_portrange} does: concurrent listeners then rarely race for the same port, and a port just
   * closed is not picked again at once. Clients override this to start at the bottom.
   */
  int firstPort(PortRange range) {
    return range.low() + ThreadLocalRandom.current().nextInt(range.size());
  }

  /** A new, unbound channel with the routine's socket options. */
  abstract T open() throws IOException;

  /** Binds {@code channel} to {@code local} (for a listener, also starts listening). */
  abstract void bind(T channel, SocketAddress local) throws IOException;

  /** Makes a freshly bound channel ready; a client connects here. */
  Attempt<T> finish(T channel) throws IOException {
    return Attempt.bound(channel);
  }

  /** Opens a channel bound to {@code port}, 0 letting the kernel choose. */
  final Attempt<T> bindPort(int port) throws IOException {
    T channel = open();
    InetSocketAddress local = new InetSocketAddress(bindAddress, port);
    try {
      bind(channel, local);
      return Attempt.bound(channel);
    } catch (IOException e) {
      SocketErrors.closeAfter(channel, e);
      return SocketErrors.onBind(e, local);
    }
  }

  /** One try at one port of a range scan: bind, then finish. */
  final Attempt<T> tryPort(int port) throws IOException {
    Attempt<T> bound = bindPort(port);
    return bound.status() == Status.BOUND ? finish(bound.channel()) : bound;
  }

  /** {@code stream_server}: a listening TCP channel. SO_REUSEADDR as in stream.c. */
  static PortRoutine<ServerSocketChannel> listener(InetAddress bindAddress) {
    return new PortRoutine<>("stream-server", "tcp", bindAddress) {
      @Override
      ServerSocketChannel open() throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        return channel;
      }

      @Override
      void bind(ServerSocketChannel channel, SocketAddress local) throws IOException {
        channel.bind(local, LISTEN_BACKLOG);
      }
    };
  }

  /**
   * {@code dgram_bind}: a UDP channel. No SO_REUSEADDR, as in dgram.c: on Linux it would let two
   * dumpers share one UDP port and read each other's replies.
   */
  static PortRoutine<DatagramChannel> datagram(InetAddress bindAddress) {
    return new PortRoutine<>("datagram", "udp", bindAddress) {
      @Override
      DatagramChannel open() throws IOException {
        return DatagramChannel.open();
      }

      @Override
      void bind(DatagramChannel channel, SocketAddress local) throws IOException {
        channel.bind(local);
      }
    };
  }

  /** {@code stream_client}: a TCP channel bound to a local port, then connected to a target. */
  static PortRoutine<SocketChannel> client(
      String name, InetAddress bindAddress, InetSocketAddress target, Duration timeout) {
    return new ClientRoutine(name, bindAddress, target, timeout);
  }

  /** The client routines: sequential scans, and a connect after the bind. */
  private static final class ClientRoutine extends PortRoutine<SocketChannel> {
    private final InetSocketAddress target;
    private final Duration timeout;

    ClientRoutine(
        String name, InetAddress bindAddress, InetSocketAddress target, Duration timeout) {
      super(name, "tcp", bindAddress);
      this.target = target;
      this.timeout = timeout;
    }

    // connect_portrange scans from the bottom: with SO_REUSEADDR, connections to different
    // targets share a local port, so clients crowd into the low end of a firewall's range.
    @Override
    int firstPort(PortRange range) {
      return range.low();
    }

    // SO_REUSEADDR and SO_KEEPALIVE, as make_socket in amutil.c sets them.
    @Override
    SocketChannel open() throws IOException {
      SocketChannel channel = SocketChannel.open();
      channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
      return channel;
    }

    @Override
    void bind(SocketChannel channel, SocketAddress local) throws IOException {
      channel.bind(local);
    }

    @Override
    Attempt<SocketChannel> finish(SocketChannel channel) throws IOException {
      int localPort = ((InetSocketAddress) channel.getLocalAddress()).getPort();
      try {
        channel.socket().connect(target, timeoutMillis());
        return Attempt.bound(channel);
      } catch (IOException e) {
        SocketErrors.closeAfter(channel, e);
        return SocketErrors.onConnect(e, localPort, target, timeout);
      }
    }

    private int timeoutMillis() {
      return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }
  }
}
