package org.jamanda.net;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * No port of the privileged source range could be had for a connection, so the request it was for
 * is aborted, as {@code stream_client_privileged} aborts it. The subclass says why.
 */
public abstract class PortUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  private final InetSocketAddress target;
  private final PortRange range;

  PortUnavailableException(InetSocketAddress target, PortRange range, String why) {
    super(
        "cannot connect to "
            + SocketErrors.hostPort(target)
            + " from a privileged port ("
            + range.low()
            + ".."
            + range.high()
            + "): "
            + why);
    this.target = target;
    this.range = range;
  }

  /** The address the connection was for. */
  public InetSocketAddress target() {
    return target;
  }

  /** The source ports that were scanned. */
  public PortRange range() {
    return range;
  }
}
