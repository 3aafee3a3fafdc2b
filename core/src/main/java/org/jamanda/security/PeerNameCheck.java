package org.jamanda.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jamanda.net.HostResolver;

/**
 * Forward-confirmed reverse DNS, as the bsd auths demand of a requester: the peer's address has a
 * name, that name resolves to itself and back to the address ({@code check_name_give_sockaddr} in
 * security-util.c). A peer without a name is known by its textual address, which passes.
 * Thread-safe.
 */
public final class PeerNameCheck {
  private final HostResolver resolver;

  public PeerNameCheck(HostResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * The peer's confirmed name.
   *
   * @throws AuthenticationException with Amanda's text when the names disagree
   */
  public String confirmedName(InetSocketAddress peer) throws AuthenticationException {
    InetAddress address = peer.getAddress();
    String name = resolver.nameOf(address);
    if (name.equals(address.getHostAddress())) {
      return name;
    }
    HostResolver.Resolution resolution;
    try {
      resolution = resolver.resolve(name);
    } catch (UnknownHostException e) {
      throw new AuthenticationException(
          "check_name_give_sockaddr: resolve_hostname('" + name + "'): Name or service not known");
    }
    String canonical = resolution.canonicalName();
    if (!canonical.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
      throw new AuthenticationException(
          name + " doesn't resolve to itself, it resolves to " + canonical);
    }
    if (!resolution.addresses().contains(address)) {
      throw new AuthenticationException(
          name + " doesn't resolve to " + address.getHostAddress() + ":" + peer.getPort());
    }
    return name;
  }
}
