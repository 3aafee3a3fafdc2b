package org.jamanda.net;

import java.net.InetSocketAddress;

/**
 * Answers the questions Amanda asks about a peer's source port: is it privileged (so the peer
 * presumably runs as root), and is it ftp-data (port 20), which listeners always refuse.
 *
 * <p>Stateless and thread-safe. Trust decisions themselves belong to the security drivers.
 */
public final class PeerPorts {
  /** ftp-data; {@code stream_accept} in stream.c drops peers from this port as a known attack. */
  public static final int FTP_DATA = 20;

  private PeerPorts() {}

  /** True when {@code peer}'s port is privileged (1..1023). */
  public static boolean isPrivileged(InetSocketAddress peer) {
    return isPrivileged(peer.getPort());
  }

  /** True when {@code port} is privileged (1..1023). */
  public static boolean isPrivileged(int port) {
    return port > 0 && port < PortRange.FIRST_UNPRIVILEGED;
  }

  /** True when {@code port} is ftp-data, a source port every listener refuses. */
  public static boolean isFtpData(int port) {
    return port == FTP_DATA;
  }
}
