package org.jamanda.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The JDK's resolver: {@code /etc/hosts} and DNS as the system configures them.
 *
 * <p>The JDK's reverse lookup already checks that the name it finds resolves back to the address,
 * and gives the textual address when it does not; so with this resolver a peer whose names disagree
 * is known by its address, never by a name that fails the check. The JDK does not expose the
 * canonical name of a forward lookup; the name asked for stands in for it.
 */
public final class SystemHostResolver implements HostResolver {
  @Override
  public String nameOf(InetAddress address) {
    return address.getCanonicalHostName();
  }

  @Override
  public Resolution resolve(String name) throws UnknownHostException {
    return new Resolution(name, List.of(InetAddress.getAllByName(name)));
  }
}
