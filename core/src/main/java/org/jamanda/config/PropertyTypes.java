package org.jamanda.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.common.Quoting;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.TokenKind;

/**
 * The value type of {@code property} and {@code device-property} ({@code read_property} in
 * conffile.c): one statement sets, appends to or (with a name alone) removes one property.
 *
 * <pre>
 * property "ATIME-PRESERVE" "NO"
 * property append priority "EXCLUDE" "*.tmp"
 * property "EXCLUDE"                    removes it
 * </pre>
 */
final class PropertyTypes {
  private PropertyTypes() {}

  /** Property lists whose properties are {@code visible} unless marked, or hidden. */
  static ValueType<PropertyList> properties(boolean visibleByDefault) {
    return ValueType.<PropertyList>of(
            in -> ScalarTypes.finish(in, property(in, visibleByDefault)),
            PropertyTypes::propertyLines)
        .inheriting(PropertyTypes::mergeProperties, PropertyList::isEmpty);
  }

  /** {@code read_property}: [priority] [append] [hidden|visible] "name" "value"... */
  private static PropertyList property(ValueReader<PropertyList> in, boolean visibleByDefault)
      throws ConfigException {
    boolean priority = in.accept("priority");
    boolean append = in.accept("append");
    boolean visible = visibleByDefault;
    if (in.accept("hidden")) {
      visible = false;
    } else if (in.accept("visible")) {
      visible = true;
    }
    if (in.atEnd() || !in.peek().is(TokenKind.STRING)) {
      throw in.expected("a quoted property name");
    }
    String name = in.next().text();
    if (in.atEnd()) {
      return in.current().without(name);
    }
    List<String> values = new ArrayList<>();
    Optional<Property> old = in.current().get(name);
    if (append && old.isPresent()) {
      values.addAll(old.get().values());
      priority |= old.get().priority();
    }
    while (!in.atEnd() && in.peek().is(TokenKind.STRING)) {
      values.add(in.next().text());
    }
    if (!in.atEnd()) {
      throw in.expected("a quoted property value");
    }
    return in.current().with(name, new Property(values, visible, priority, append));
  }

  /** {@code merge_proplist_foreach_fn}: inherited properties replace, or append to, own ones. */
  private static PropertyList mergeProperties(
      PropertyList own, PropertyList parent, ReadContext context) {
    PropertyList merged = own;
    for (var entry : parent.asMap().entrySet()) {
      Optional<Property> mine = merged.get(entry.getKey());
      Property theirs = entry.getValue();
      if (mine.isPresent() && theirs.append()) {
        Property m = mine.get();
        List<String> values = CompositeTypes.concat(m.values(), theirs.values());
        merged =
            merged.with(
                entry.getKey(), new Property(values, m.visible(), m.priority(), m.append()));
      } else {
        merged = merged.without(entry.getKey()).with(entry.getKey(), theirs);
      }
    }
    return merged;
  }

  private static List<String> propertyLines(PropertyList list) {
    List<String> lines = new ArrayList<>();
    for (var entry : list.asMap().entrySet()) {
      Property property = entry.getValue();
      StringBuilder line = new StringBuilder(property.visible() ? "visible" : "hidden");
      if (property.priority()) {
        line.append(" priority");
      }
      line.append(' ').append(Quoting.quoteAlways(entry.getKey()));
      for (String value : property.values()) {
        line.append(' ').append(Quoting.quoteAlways(value));
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
