package org.jamanda.server.amcheck;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.jamanda.net.HostResolver;

/**
 * Names for loopback tests: every name but the unknown ones resolves to 127.0.0.1, and 127.0.0.1 is
 * called {@code localhost}. Thread-safe.
 */
final class LoopbackNames implements HostResolver {
  static final InetAddress LOOPBACK = loopback();

  private final Set<String> unknown;

  LoopbackNames(String... unknown) {
    this.unknown = Set.of(unknown);
  }

  @Override
  public String nameOf(InetAddress address) {
    return address.equals(LOOPBACK) ? "localhost" : address.getHostAddress();
  }

  @Override
  public Resolution resolve(String name) throws UnknownHostException {
    if (unknown.contains(name)) {
      throw new UnknownHostException(name + ": Name or service not known");
    }
    return new Resolution(name, List.of(LOOPBACK));
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
