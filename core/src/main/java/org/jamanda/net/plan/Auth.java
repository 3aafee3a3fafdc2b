package org.jamanda.net.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * The auth methods Amanda 3.5 knows (the {@code auth} option of a dumptype or of
 * amanda-client.conf), as far as the ports they use are concerned.
 */
public enum Auth {
  /** UDP requests to amandad; one TCP listener on the client per data stream. */
  BSD,
  /** UDP requests; one TCP listener on the client per dump, streams multiplexed on it. */
  BSDUDP,
  /** One TCP connection to the client's amandad from a privileged source port. */
  BSDTCP,
  /** Like bsdtcp inside TLS, from an unprivileged source port. */
  SSL,
  /** No network: the server backs itself up. */
  LOCAL,
  /** amandad run through ssh. */
  SSH,
  /** amandad run through rsh. */
  RSH,
  /** One TCP connection to the client's k5amanda port from a privileged source port. */
  KRB5;

  /** The name as written in amanda.conf, lower-case. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The auth called {@code name} in a config file (case-insensitive), if there is one. */
  public static Optional<Auth> byName(String name) {
    for (Auth auth : values()) {
      if (auth.configName().equalsIgnoreCase(name.trim())) {
        return Optional.of(auth);
      }
    }
    return Optional.empty();
  }

  /** True for the auths whose requests travel as UDP datagrams to amandad (bsd, bsdudp). */
  public boolean usesUdpRequests() {
    return this == BSD || this == BSDUDP;
  }
}
