package org.jamanda.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Location;
import org.jamanda.config.parse.Token;

/**
 * Everything read so far from the files of one configuration: the global settings, the defined
 * sections by kind, the holding disks in use, the ignored keywords, and the counter of anonymous
 * sections. Amanda keeps the same in conffile.c's static variables.
 *
 * <p>Mutable; not thread-safe. Nothing of it escapes until loading has succeeded.
 */
final class ConfigState {
  /** Where the dumptypes Amanda defines itself are "set". */
  static final Location PREDEFINED = Location.of(Path.of("(predefined)"));

  private final boolean client;
  private final Path configRoot;
  private final String configName;
  private final SectionBuilder globals;
  private final Map<SectionKind, Map<String, Section>> sections = new EnumMap<>(SectionKind.class);
  private final Map<String, Location> holdingDisksInUse = new LinkedHashMap<>();
  private final List<IgnoredKeyword> ignored = new ArrayList<>();
  private int anonymous;

  ConfigState(boolean client, Path configRoot, String configName) {
    this.client = client;
    this.configRoot = configRoot;
    this.configName = configName;
    ParameterTable table = ParameterTable.forKind(SectionKind.GLOBAL, client).orElseThrow();
    this.globals = new SectionBuilder(table, "global", Optional.empty(), configRoot);
    for (SectionKind kind : SectionKind.values()) {
      sections.put(kind, new LinkedHashMap<>());
    }
  }

  /**
   * The state of a loaded server configuration, to go on reading from it: the disklist's inline
   * dumptypes inherit from its dumptypes and count on from its anonymous sections.
   */
  static ConfigState continuing(ServerConfig config) {
    ConfigState state = new ConfigState(false, config.root(), config.name());
    for (Parameter<?> parameter : config.globals().parameters()) {
      copy(state.globals, config.globals(), parameter);
    }
    for (SectionKind kind : SectionKind.values()) {
      for (Section section : config.sections(kind)) {
        state.replace(section);
      }
    }
    state.anonymous = config.anonymousCount();
    return state;
  }

  private static <T> void copy(SectionBuilder to, Section from, Parameter<T> parameter) {
    to.put(parameter, from.value(parameter), from.whereSet(parameter));
  }

  boolean isClient() {
    return client;
  }

  Path configRoot() {
    return configRoot;
  }

  /** The configuration's name: the name of its directory. */
  String configName() {
    return configName;
  }

  SectionBuilder globals() {
    return globals;
  }

  Optional<Section> lookup(SectionKind kind, String name) {
    return Optional.ofNullable(sections.get(kind).get(key(name)));
  }

  /** The sections of {@code kind}, in the order they were defined. */
  List<Section> sections(SectionKind kind) {
    return List.copyOf(sections.get(kind).values());
  }

  /** Adds {@code section}; {@code at} is its name, for the error when it is already defined. */
  void define(Section section, Token at) throws ConfigException {
    Optional<Section> old = lookup(section.kind(), section.name());
    if (old.isPresent()) {
      String what = section.kind().keyword() + " " + at.excerpt();
      throw new ConfigException(
          at.location(),
          old.get().location().isEmpty()
              ? what + " is predefined and cannot be redefined"
              : what + " is already defined at " + old.get().location().get());
    }
    replace(section);
  }

  /** Adds or replaces {@code section}, for sections made after reading (derived values). */
  void replace(Section section) {
    sections.get(section.kind()).put(key(section.name()), section);
  }

  /** Holding disk names in use, with where each was named. */
  Map<String, Location> holdingDisksInUse() {
    return holdingDisksInUse;
  }

  List<IgnoredKeyword> ignored() {
    return ignored;
  }

  /** Amanda's {@code anonymous_value}: 1, 2, 3... across the whole configuration. */
  int nextAnonymous() {
    return ++anonymous;
  }

  int anonymousCount() {
    return anonymous;
  }

  /** Section names compare as strcasecmp does: without regard to case. */
  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
