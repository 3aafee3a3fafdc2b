package org.jamanda.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listening TCP port made by the stream server routine: sendbackup's data listeners, taper's
 * localhost port. Its accept refuses peers from port 20 (ftp-data) and waits on for the next one,
 * as {@code stream_accept} in stream.c does.
 *
 * <p>Thread-safe: one thread at a time accepts (others wait), and {@link #close()} from any thread
 * ends a waiting accept with {@link java.nio.channels.ClosedChannelException}. The owner closes the
 * listener; accepted channels belong to the caller.
 */
public final class StreamListener implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(StreamListener.class);

  private final ServerSocketChannel channel;
  private final AllocatedPort allocatedPort;
  private final IntPredicate refusedSourcePort;

  StreamListener(ServerSocketChannel channel, AllocatedPort allocatedPort) {
    this(channel, allocatedPort, PeerPorts::isFtpData);
  }

  // Tests without root cannot connect from port 20, so they name the port to refuse here.
  StreamListener(
      ServerSocketChannel channel, AllocatedPort allocatedPort, IntPredicate refusedSourcePort) {
    this.channel = channel;
    this.allocatedPort = allocatedPort;
    this.refusedSourcePort = refusedSourcePort;
  }

  /** The port listened on, and the bind step that gave it. */
  public AllocatedPort allocatedPort() {
    return allocatedPort;
  }

  /** The port listened on; what sendbackup reports in its CONNECT line. */
  public int port() {
    return allocatedPort.port();
  }

  public InetSocketAddress localAddress() throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  /**
   * Waits up to {@code timeout} for a peer whose source port is not 20 and returns its blocking
   * channel with SO_KEEPALIVE set. A peer from port 20 is closed at once, logged at WARN, and the
   * wait goes on within the same timeout.
   *
   * @throws SocketTimeoutException when no acceptable peer connected in time
   * @throws java.nio.channels.ClosedChannelException when the listener is or gets closed
   */
  public synchronized SocketChannel accept(Duration timeout) throws IOException {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("accept timeout must be positive: " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long remainingNanos = deadline - System.nanoTime();
      if (remainingNanos <= 0) {
        throw timedOut(timeout);
      }
      SocketChannel peer = acceptOnce(remainingNanos, timeout);
      if (isAcceptable(peer)) {
        peer.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        return peer;
      }
    }
  }

  /** Stops listening. Connections already accepted stay open. */
  @Override
  public void close() throws IOException {
    channel.close();
  }

  private SocketChannel acceptOnce(long remainingNanos, Duration timeout) throws IOException {
    long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(remainingNanos));
    try {
      channel.socket().setSoTimeout((int) Math.min(Integer.MAX_VALUE, millis));
      Socket socket = channel.socket().accept();
      return socket.getChannel();
    } catch (SocketTimeoutException e) {
      SocketTimeoutException timedOut = timedOut(timeout);
      timedOut.initCause(e);
      throw timedOut;
    } catch (SocketException e) {
      // The socket adaptor reports a close from another thread as "Socket is closed".
      if (!channel.isOpen()) {
        AsynchronousCloseException closed = new AsynchronousCloseException();
        closed.initCause(e);
        throw closed;
      }
      throw e;
    }
  }

  private boolean isAcceptable(SocketChannel peer) throws IOException {
    InetSocketAddress remote = (InetSocketAddress) peer.getRemoteAddress();
    if (!refusedSourcePort.test(remote.getPort())) {
      log.debug("connection accepted port={} peer={}", port(), SocketErrors.hostPort(remote));
      return true;
    }
    log.warn(
        "connection refused, source port is ftp-data port={} peer={}",
        port(),
        SocketErrors.hostPort(remote));
    peer.close();
    return false;
  }

  private SocketTimeoutException timedOut(Duration timeout) {
    return new SocketTimeoutException(
        "no connection on port " + port() + " within " + timeout.toMillis() + " ms");
  }
}
