package org.jamanda.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.parse.Location;

/**
 * A section while it is being read: Amanda's {@code dpcur}, {@code tpcur}... Starts with every
 * parameter at its default; statements and inheritance change values in the order they come.
 *
 * <p>Mutable; not thread-safe.
 */
final class SectionBuilder {
  private final SectionKind kind;
  private final String name;
  private final Optional<Location> location;
  private final Map<Parameter<?>, Section.Setting> settings = new LinkedHashMap<>();

  SectionBuilder(ParameterTable table, String name, Optional<Location> location, Path configRoot) {
    this.kind = table.kind();
    this.name = name;
    this.location = location;
    for (Parameter<?> parameter : table.parameters()) {
      settings.put(
          parameter, new Section.Setting(parameter.defaultFor(configRoot), Optional.empty()));
    }
  }

  /** Continues from a finished section, to change it (for instance with derived values). */
  SectionBuilder(Section section) {
    this.kind = section.kind();
    this.name = section.name();
    this.location = section.location();
    settings.putAll(section.settings());
  }

  String name() {
    return name;
  }

  SectionKind kind() {
    return kind;
  }

  <T> T get(Parameter<T> parameter) {
    return parameter.cast(setting(parameter).value());
  }

  boolean isSet(Parameter<?> parameter) {
    return setting(parameter).seen().isPresent();
  }

  <T> void set(Parameter<T> parameter, T value, Location seen) {
    setting(parameter);
    settings.put(parameter, new Section.Setting(value, Optional.of(seen)));
  }

  /** Replaces the value and keeps whether it counts as set. */
  <T> void replace(Parameter<T> parameter, T value) {
    put(parameter, value, setting(parameter).seen());
  }

  /** Sets the value and where it counts as set (empty: unset). */
  <T> void put(Parameter<T> parameter, T value, Optional<Location> seen) {
    setting(parameter);
    settings.put(parameter, new Section.Setting(value, seen));
  }

  Optional<Location> whereSet(Parameter<?> parameter) {
    return setting(parameter).seen();
  }

  /** Replaces the value but keeps it counted as unset: a default derived from other values. */
  <T> void setDefault(Parameter<T> parameter, T value) {
    setting(parameter);
    settings.put(parameter, new Section.Setting(value, Optional.empty()));
  }

  /**
   * Amanda's {@code copy_*} functions: every parameter the parent set replaces (or, for lists and
   * property lists, merges into) this section's value, whatever was set before.
   */
  void inherit(Section parent, Location at, ReadContext context) {
    for (Map.Entry<Parameter<?>, Section.Setting> entry : parent.settings().entrySet()) {
      if (entry.getValue().seen().isPresent()) {
        merge(entry.getKey(), entry.getValue(), at, context);
      }
    }
  }

  private <T> void merge(
      Parameter<T> parameter, Section.Setting parent, Location at, ReadContext context) {
    T own = get(parameter);
    T merged = parameter.type().inherit(own, parameter.cast(parent.value()), context);
    Optional<Location> seen = setting(parameter).seen();
    if (parameter.type().inheritMarksSeen(own)) {
      seen = parent.seen().or(() -> Optional.of(at));
    }
    settings.put(parameter, new Section.Setting(merged, seen));
  }

  Section build() {
    return new Section(kind, name, location, settings);
  }

  private Section.Setting setting(Parameter<?> parameter) {
    Section.Setting setting = settings.get(parameter);
    if (setting == null) {
      throw new IllegalArgumentException(
          "'" + parameter.name() + "' is not a " + kind.keyword() + " parameter");
    }
    return setting;
  }
}
