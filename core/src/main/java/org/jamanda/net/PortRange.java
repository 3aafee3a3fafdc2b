package org.jamanda.net;

/**
 * An inclusive range of port numbers, {@code low..high}, as Amanda's {@code lo,hi} options give
 * them.
 *
 * <p>Immutable. Both ends lie in 1..65535 and {@code low <= high}.
 */
public record PortRange(int low, int high) {
  /** The privileged ports the chapter's bind order tries second: 512..1023. */
  public static final PortRange PRIVILEGED = new PortRange(512, 1023);

  /** Ports below this number can only be bound by root or a holder of CAP_NET_BIND_SERVICE. */
  public static final int FIRST_UNPRIVILEGED = 1024;

  public PortRange {
    if (low < 1 || high > 65535 || low > high) {
      throw new IllegalArgumentException("bad port range " + low + "," + high);
    }
  }

  /** How many ports the range holds. */
  public int size() {
    return high - low + 1;
  }

  public boolean contains(int port) {
    return port >= low && port <= high;
  }

  /** True when every port of the range is below 1024. */
  public boolean isPrivileged() {
    return high < FIRST_UNPRIVILEGED;
  }

  /** True when no port of the range is below 1024. */
  public boolean isUnprivileged() {
    return low >= FIRST_UNPRIVILEGED;
  }

  /** Amanda's spelling, {@code low,high}. */
  @Override
  public String toString() {
    return low + "," + high;
  }
}
