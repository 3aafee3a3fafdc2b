package org.jamanda.net.plan;

/**
 * Amanda 3.5's three port-range options, each present in amanda.conf and amanda-client.conf.
 *
 * <p>The chapter on port usage knew them as configure flags; 3.5 keeps the flags as compile-time
 * defaults of these options.
 */
public enum RangeOption {
  /** Data-stream listeners and unprivileged source ports; must be 1024 or above. */
  UNRESERVED_TCP_PORT("unreserved-tcp-port", "--with-tcpportrange", Transport.TCP, false),
  /** Source ports of the UDP requests of bsd and bsdudp; must be below 1024. */
  RESERVED_UDP_PORT("reserved-udp-port", "--with-udpportrange", Transport.UDP, true),
  /** Privileged TCP source ports (bsdtcp, krb5, amrecover); must be below 1024. */
  RESERVED_TCP_PORT("reserved-tcp-port", "--with-low-tcpportrange", Transport.TCP, true);

  private final String optionName;
  private final String configureFlag;
  private final Transport transport;
  private final boolean privileged;

  RangeOption(String optionName, String configureFlag, Transport transport, boolean privileged) {
    this.optionName = optionName;
    this.configureFlag = configureFlag;
    this.transport = transport;
    this.privileged = privileged;
  }

  /** The keyword in amanda.conf, e.g. "unreserved-tcp-port". */
  public String optionName() {
    return optionName;
  }

  /** The configure flag that set the range before the option existed. */
  public String configureFlag() {
    return configureFlag;
  }

  public Transport transport() {
    return transport;
  }

  /** True when every port of the range must be privileged (below 1024). */
  public boolean isPrivileged() {
    return privileged;
  }
}
