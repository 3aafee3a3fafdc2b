package org.jamanda.protocol.service;

import java.util.List;
import java.util.Objects;

/**
 * A property of a DLE, its application or one of its scripts, as the server sends it. Immutable.
 *
 * <pre>
 * &lt;property&gt;
 *   &lt;name&gt;atime-preserve&lt;/name&gt;
 *   &lt;value&gt;NO&lt;/value&gt;
 * &lt;/property&gt;
 * </pre>
 *
 * @param name the property name as written (Amanda's server writes it in lowercase)
 * @param values the values in order; a property may have several or none
 * @param priority true when {@code <priority>yes</priority>} asked that the server's value win
 */
public record DleProperty(String name, List<String> values, boolean priority) {
  public DleProperty {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
  }

  /** True when this property is called {@code other}, ignoring case as Amanda's applications do. */
  public boolean isNamed(String other) {
    return name.equalsIgnoreCase(other);
  }
}
