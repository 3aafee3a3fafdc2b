package org.jamanda.testing.netns;

/**
 * A network namespace made by a {@link NetnsTestBed}, as {@code ip netns} names it.
 *
 * @param name the unique name, {@code jt-<pid>-<random>-<role>}
 * @param role what the test calls it, e.g. "client"
 */
public record NetworkNamespace(String name, String role) {
  @Override
  public String toString() {
    return name;
  }
}
