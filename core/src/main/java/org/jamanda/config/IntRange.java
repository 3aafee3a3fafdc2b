package org.jamanda.config;

/**
 * An inclusive range of integers written {@code low,high}, such as a port range. Immutable; the
 * ends are as written (checking them is the parameter's job).
 */
public record IntRange(int low, int high) {
  /** Amanda's spelling, {@code low,high}. */
  @Override
  public String toString() {
    return low + "," + high;
  }
}
