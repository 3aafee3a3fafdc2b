package org.jamanda.testing.netns;

import java.net.Inet4Address;

/**
 * A veth pair joining two namespaces, one end in each, on a private /24 of its own.
 *
 * @param a the first namespace
 * @param interfaceA the interface name inside {@code a}
 * @param addressA the address of {@code interfaceA}
 * @param b the second namespace
 * @param interfaceB the interface name inside {@code b}
 * @param addressB the address of {@code interfaceB}
 * @param prefixLength the length of the shared prefix, 24
 */
public record VethLink(
    NetworkNamespace a,
    String interfaceA,
    Inet4Address addressA,
    NetworkNamespace b,
    String interfaceB,
    Inet4Address addressB,
    int prefixLength) {

  /** The address of this link's end inside {@code ns}. */
  public Inet4Address addressIn(NetworkNamespace ns) {
    if (ns.equals(a)) {
      return addressA;
    }
    if (ns.equals(b)) {
      return addressB;
    }
    throw new IllegalArgumentException("link " + interfaceA + " does not reach namespace " + ns);
  }
}
