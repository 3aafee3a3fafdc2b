package org.jamanda.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.parse.Location;

/**
 * The settings of one section: the global settings of a file, or one {@code define} block such as a
 * dumptype. Every parameter of the section's kind has a value: the one the files give, an inherited
 * one, or the default.
 *
 * <pre>
 * Section lab = config.section(SectionKind.DUMPTYPE, "lab-bsd").orElseThrow();
 * Compress compress = lab.value(DumptypeParameters.COMPRESS);
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Section {
  private final SectionKind kind;
  private final String name;
  private final Optional<Location> location;
  private final Map<Parameter<?>, Setting> settings;

  Section(
      SectionKind kind,
      String name,
      Optional<Location> location,
      Map<Parameter<?>, Setting> settings) {
    this.kind = kind;
    this.name = name;
    this.location = location;
    this.settings = new LinkedHashMap<>(settings);
  }

  public SectionKind kind() {
    return kind;
  }

  /** The name as defined (for the global section, "global"). */
  public String name() {
    return name;
  }

  /** Where the section was defined; empty for sections Amanda makes up (such as "default"). */
  public Optional<Location> location() {
    return location;
  }

  /**
   * The value of {@code parameter}.
   *
   * @throws IllegalArgumentException if {@code parameter} is not one of this kind of section
   */
  public <T> T value(Parameter<T> parameter) {
    return parameter.cast(setting(parameter).value());
  }

  /** True when the files set {@code parameter} in this section, or it was inherited. */
  public boolean isSet(Parameter<?> parameter) {
    return setting(parameter).seen().isPresent();
  }

  /** Where {@code parameter} was set, if it was. */
  public Optional<Location> whereSet(Parameter<?> parameter) {
    return setting(parameter).seen();
  }

  /** The parameters of this kind of section, in the order of Amanda's table. */
  public List<Parameter<?>> parameters() {
    return List.copyOf(settings.keySet());
  }

  Setting setting(Parameter<?> parameter) {
    Setting setting = settings.get(parameter);
    if (setting == null) {
      throw new IllegalArgumentException(
          "'" + parameter.name() + "' is not a " + kind.keyword() + " parameter");
    }
    return setting;
  }

  Map<Parameter<?>, Setting> settings() {
    return settings;
  }

  @Override
  public String toString() {
    return kind.keyword() + " " + name;
  }

  /** A value and where the files set it (empty for a default). */
  record Setting(Object value, Optional<Location> seen) {}
}
