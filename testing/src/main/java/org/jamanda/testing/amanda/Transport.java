package org.jamanda.testing.amanda;

import java.util.List;

/**
 * UDP or TCP, with the names xinetd and the kernel's {@code /proc/net} tables use for each.
 *
 * <p>Immutable.
 */
public enum Transport {
  /** Datagrams: auth {@code bsd} and {@code bsdudp}; an inetd {@code wait = yes} service. */
  UDP("udp", "dgram", "07"),
  /** Streams: auth {@code bsdtcp}; an inetd {@code wait = no} service. */
  TCP("tcp", "stream", "0A");

  private final String protocol;
  private final String socketType;
  private final String listeningState;

  Transport(String protocol, String socketType, String listeningState) {
    this.protocol = protocol;
    this.socketType = socketType;
    this.listeningState = listeningState;
  }

  /** The name in {@code /etc/services} and in xinetd's {@code protocol} attribute. */
  public String protocol() {
    return protocol;
  }

  /** The value of xinetd's {@code socket_type} attribute. */
  public String socketType() {
    return socketType;
  }

  /** The kernel tables listing this transport's sockets, IPv4 first. */
  List<String> procTables() {
    return List.of("/proc/net/" + protocol, "/proc/net/" + protocol + "6");
  }

  /**
   * The {@code st} column of a socket that waits for peers: {@code TCP_LISTEN} for TCP, {@code
   * TCP_CLOSE} (the state the kernel shows for an unconnected UDP socket) for UDP.
   */
  String listeningState() {
    return listeningState;
  }
}
