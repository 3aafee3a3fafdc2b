package org.jamanda.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Forward and reverse name lookups, behind an interface so tests can give hosts any names. The bsd
 * auths trust a peer only when its address's name resolves back to that address. Implementations
 * are thread-safe; lookups may block.
 */
public interface HostResolver {
  /** The name of {@code address}, or its textual form when it has none (as getnameinfo). */
  String nameOf(InetAddress address);

  /**
   * The canonical name of {@code name} and every address it resolves to.
   *
   * @throws UnknownHostException when the name does not resolve
   */
  Resolution resolve(String name) throws UnknownHostException;

  /** A forward lookup's answer. */
  record Resolution(String canonicalName, List<InetAddress> addresses) {
    public Resolution {
      addresses = List.copyOf(addresses);
    }
  }
}
