package org.jamanda.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of named {@link Property} settings, as a {@code property} keyword builds them. Names are
 * stored the way Amanda stores them ({@code amandaify_property_name}): lower case, with {@code _}
 * turned into {@code -}.
 *
 * <p>{@link #names()} lists the names in the order Amanda prints them, which is the bucket order of
 * its hash table ({@link GlibHashOrder}), not the order they were written in. Immutable; the {@code
 * with}/{@code without} methods return new lists.
 */
public final class PropertyList {
  /** No properties. */
  public static final PropertyList EMPTY = new PropertyList(new GlibHashOrder(), Map.of());

  private final GlibHashOrder order;
  private final Map<String, Property> byName;

  private PropertyList(GlibHashOrder order, Map<String, Property> byName) {
    this.order = order;
    this.byName = byName;
  }

  /** {@code name} as Amanda stores it: lower case, {@code _} turned into {@code -}. */
  public static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // g_ascii_tolower: only ASCII letters change case.
      out.append(c == '_' ? '-' : (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c));
    }
    return out.toString();
  }

  /** The property called {@code name} (in any spelling Amanda treats as the same). */
  public Optional<Property> get(String name) {
    return Optional.ofNullable(byName.get(normalize(name)));
  }

  /** The names, in the order Amanda prints them. */
  public List<String> names() {
    return order.keys();
  }

  /** The properties, in the order Amanda prints them. */
  public Map<String, Property> asMap() {
    Map<String, Property> out = new LinkedHashMap<>();
    for (String name : names()) {
      out.put(name, byName.get(name));
    }
    return out;
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }

  public int size() {
    return byName.size();
  }

  /** This list with {@code name} set to {@code property}; an existing entry keeps its place. */
  public PropertyList with(String name, Property property) {
    String key = normalize(name);
    GlibHashOrder newOrder = order.copy();
    newOrder.put(key);
    Map<String, Property> newMap = new HashMap<>(byName);
    newMap.put(key, property);
    return new PropertyList(newOrder, newMap);
  }

  /** This list without {@code name}. */
  public PropertyList without(String name) {
    String key = normalize(name);
    if (!byName.containsKey(key)) {
      return this;
    }
    GlibHashOrder newOrder = order.copy();
    newOrder.remove(key);
    Map<String, Property> newMap = new HashMap<>(byName);
    newMap.remove(key);
    return new PropertyList(newOrder, newMap);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PropertyList list && asMap().equals(list.asMap());
  }

  @Override
  public int hashCode() {
    return byName.hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
