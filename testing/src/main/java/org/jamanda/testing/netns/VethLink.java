package org.jamanda.testing.netns;

import java.net.Inet4Address;
import java.net.Inet6Address;

/**
 * A veth pair joining two namespaces, one end in each, on a private IPv4 /24 and a unique-local
 * IPv6 /64 of its own.
 *
 * @param a the first namespace
 * @param interfaceA the interface name inside {@code a}
 * @param addressA the IPv4 address of {@code interfaceA}, 10.201.N.1
 * @param address6A the IPv6 address of {@code interfaceA}, fd00:201:N::1
 * @param b the second namespace
 * @param interfaceB the interface name inside {@code b}
 * @param addressB the IPv4 address of {@code interfaceB}, 10.201.N.2
 * @param address6B the IPv6 address of {@code interfaceB}, fd00:201:N::2
 */
public record VethLink(
    NetworkNamespace a,
    String interfaceA,
    Inet4Address addressA,
    Inet6Address address6A,
    NetworkNamespace b,
    String interfaceB,
    Inet4Address addressB,
    Inet6Address address6B) {

  /** The IPv4 address of this link's end inside {@code ns}. */
  public Inet4Address addressIn(NetworkNamespace ns) {
    return isA(ns) ? addressA : addressB;
  }

  /** The IPv6 address of this link's end inside {@code ns}. */
  public Inet6Address address6In(NetworkNamespace ns) {
    return isA(ns) ? address6A : address6B;
  }

  private boolean isA(NetworkNamespace ns) {
    if (ns.equals(a)) {
      return true;
    }
    if (ns.equals(b)) {
      return false;
    }
    throw new IllegalArgumentException("link " + interfaceA + " does not reach namespace " + ns);
  }
}
