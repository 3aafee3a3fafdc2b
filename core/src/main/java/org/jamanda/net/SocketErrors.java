package org.jamanda.net;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.nio.channels.NetworkChannel;
import java.time.Duration;
import org.jamanda.net.PortScan.Attempt;

/**
 * Reads what the system answered to a bind or connect on one local port: busy (the next port may
 * do), denied (no privilege), or fatal for the whole scan, thrown again with the addresses added.
 *
 * <p>The JDK gives errno only as the message of a {@link BindException}, so busy and denied are
 * told apart by that text ("Address already in use", "Permission denied"). Stateless.
 */
final class SocketErrors {
  private SocketErrors() {}

  /** Classifies a failed bind of {@code local}; throws when no other port would fare better. */
  static <T extends NetworkChannel> Attempt<T> onBind(IOException e, InetSocketAddress local)
      throws IOException {
    if (e instanceof BindException) {
      String text = String.valueOf(e.getMessage());
      if (text.contains("Address already in use")) {
        return Attempt.busy(e);
      }
      if (text.contains("Permission denied") || text.contains("Operation not permitted")) {
        return Attempt.denied(e);
      }
    }
    // Anything else, e.g. "Cannot assign requested address" for a bind address that is not
    // local, would fail the same way on every port.
    throw withContext(e, "cannot bind " + hostPort(local));
  }

  /**
   * Classifies a failed connect to {@code target} from {@code localPort}. Like {@code connect_port}
   * in amutil.c, a connection that exists already from that local port (EADDRINUSE, EADDRNOTAVAIL)
   * moves on to the next port; refused, unreachable or timed out ends the scan. Amanda also moves
   * on after other errors; we stop, because they do not depend on the port.
   */
  static <T extends NetworkChannel> Attempt<T> onConnect(
      IOException e, int localPort, InetSocketAddress target, Duration timeout) throws IOException {
    if (e instanceof BindException) {
      return Attempt.busy(e);
    }
    String what = "connect to " + hostPort(target) + " from local port " + localPort;
    if (e instanceof SocketTimeoutException) {
      SocketTimeoutException timedOut =
          new SocketTimeoutException(what + " timed out after " + timeout.toMillis() + " ms");
      timedOut.initCause(e);
      throw timedOut;
    }
    throw withContext(e, what);
  }

  /** A new exception of the same kind as {@code e}, its message prefixed with {@code what}. */
  static IOException withContext(IOException e, String what) {
    String message = what + ": " + e.getMessage();
    IOException wrapped;
    if (e instanceof ConnectException) {
      wrapped = new ConnectException(message);
    } else if (e instanceof NoRouteToHostException) {
      wrapped = new NoRouteToHostException(message);
    } else if (e instanceof BindException) {
      wrapped = new BindException(message);
    } else if (e instanceof SocketTimeoutException) {
      wrapped = new SocketTimeoutException(message);
    } else {
      return new IOException(message, e);
    }
    wrapped.initCause(e);
    return wrapped;
  }

  /** {@code host:port}, with brackets around an IPv6 literal. */
  static String hostPort(InetSocketAddress address) {
    String host = address.getHostString();
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
  }

  /** Closes {@code channel} after {@code failure}, keeping a close error as suppressed. */
  static void closeAfter(NetworkChannel channel, Exception failure) {
    try {
      channel.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
