package org.jamanda.net.plan;

import java.util.Locale;

/** The IP protocol a port number belongs to. */
public enum Transport {
  TCP,
  UDP;

  /** The lower-case keyword that services files, nft and iptables use: "tcp" or "udp". */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }
}
