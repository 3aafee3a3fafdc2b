package org.jamanda.net;

import java.net.InetSocketAddress;

/**
 * The privileged source range could not be used because this process may not bind ports below 1024:
 * it is neither root nor holds CAP_NET_BIND_SERVICE. The message says how to grant it.
 */
public final class NoPrivilegeException extends PortUnavailableException {
  private static final long serialVersionUID = 1L;

  /** The explanation every "no privilege" message and log line carries. */
  public static final String HINT =
      "binding a port below 1024 needs root or CAP_NET_BIND_SERVICE (e.g. setpriv"
          + " --inh-caps=+net_bind_service --ambient-caps=+net_bind_service ..., or systemd"
          + " AmbientCapabilities=CAP_NET_BIND_SERVICE)";

  NoPrivilegeException(InetSocketAddress target, PortRange range) {
    super(target, range, HINT);
  }
}
