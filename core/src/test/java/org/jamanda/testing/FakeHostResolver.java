package org.jamanda.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jamanda.net.HostResolver;

/**
 * A {@link HostResolver} with names the test gives: reverse and forward entries are set apart, so a
 * test can make them disagree. Thread-safe.
 */
public final class FakeHostResolver implements HostResolver {
  private final Map<InetAddress, String> reverse = new ConcurrentHashMap<>();
  private final Map<String, Resolution> forward = new ConcurrentHashMap<>();

  /** Names {@code address} {@code name} both ways. */
  public FakeHostResolver host(String name, InetAddress address) {
    reverse.put(address, name);
    List<InetAddress> addresses = new ArrayList<>();
    Resolution existing = forward.get(name);
    if (existing != null) {
      addresses.addAll(existing.addresses());
    }
    addresses.add(address);
    forward.put(name, new Resolution(name, addresses));
    return this;
  }

  /** Sets only the reverse name of {@code address}. */
  public FakeHostResolver reverseOnly(InetAddress address, String name) {
    reverse.put(address, name);
    return this;
  }

  /** Sets only the forward answer for {@code name}. */
  public FakeHostResolver forwardOnly(String name, String canonical, InetAddress... addresses) {
    forward.put(name, new Resolution(canonical, List.of(addresses)));
    return this;
  }

  @Override
  public String nameOf(InetAddress address) {
    return reverse.getOrDefault(address, address.getHostAddress());
  }

  @Override
  public Resolution resolve(String name) throws UnknownHostException {
    Resolution resolution = forward.get(name);
    if (resolution == null) {
      throw new UnknownHostException(name);
    }
    return resolution;
  }
}
