package org.jamanda.config;

import java.util.List;

/**
 * One {@code property} setting: its values and flags. {@code visible} properties are sent to
 * clients, {@code priority} ones cannot be overridden from the server, and {@code append} ones add
 * to an inherited value instead of replacing it. Immutable.
 */
public record Property(List<String> values, boolean visible, boolean priority, boolean append) {
  public Property {
    values = List.copyOf(values);
  }
}
