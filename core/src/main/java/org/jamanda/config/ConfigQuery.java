package org.jamanda.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers amgetconf's questions about a loaded configuration, formatting values exactly as Debian's
 * amanda 3.5.1 {@code amgetconf} prints them ({@code getconf_byname_strs} and {@code
 * val_t_display_strs} in conffile.c): one string per output line.
 *
 * <pre>
 * inparallel                  4
 * reserved-udp-port           850,854
 * dumptype:lab-bsd:compress   NONE
 * holdingdisk:hd1:use         262144
 * property:NAME               the first value of global property NAME, or nothing
 * </pre>
 *
 * <p>Keywords and section kinds ignore case and {@code -}/{@code _}; section names ignore case.
 * Differences from Amanda: an unset port range (jamanda gives them no default) prints an empty
 * line. Immutable and thread-safe.
 */
public final class ConfigQuery {
  private static final String PROPERTY = "property:";
  private static final List<String> DEVICE_PROPERTY =
      List.of("device-property:", "device_property:");

  private final boolean client;
  private final Section globals;
  private final List<Section> sections;
  private final List<IgnoredKeyword> ignored;

  private ConfigQuery(
      boolean client, Section globals, List<Section> sections, List<IgnoredKeyword> ignored) {
    this.client = client;
    this.globals = globals;
    this.sections = List.copyOf(sections);
    this.ignored = List.copyOf(ignored);
  }

  /** Questions about a server configuration. */
  public static ConfigQuery of(ServerConfig config) {
    return of(config, List.of());
  }

  /** Questions about a server configuration and the dumptypes its disklist defines inline. */
  public static ConfigQuery of(ServerConfig config, Disklist disklist) {
    return of(config, disklist.inlineSections());
  }

  /** Questions about a client configuration. */
  public static ConfigQuery of(ClientConfig config) {
    List<Section> all = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      all.addAll(config.sections(kind));
    }
    return new ConfigQuery(true, config.globals(), all, config.ignoredKeywords());
  }

  private static ConfigQuery of(ServerConfig config, List<Section> extra) {
    List<Section> all = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      all.addAll(config.sections(kind));
      extra.stream().filter(s -> s.kind() == kind).forEach(all::add);
    }
    return new ConfigQuery(false, config.globals(), all, config.ignoredKeywords());
  }

  /**
   * The value of {@code parameter} as amgetconf prints it, one string per line: a global keyword,
   * {@code TYPE:NAME:KEYWORD}, or {@code property:NAME}.
   *
   * @throws UnknownParameterException when the parameter names nothing, or has nothing to print
   *     (amgetconf says "no such parameter" for an empty list, too)
   */
  public List<String> lookup(String parameter) throws UnknownParameterException {
    String lower = parameter.toLowerCase(Locale.ROOT);
    if (lower.startsWith(PROPERTY)) {
      return firstValue(GlobalParameters.PROPERTY, lower.substring(PROPERTY.length()));
    }
    for (String prefix : DEVICE_PROPERTY) {
      if (lower.startsWith(prefix)) {
        // A client has no device properties: amgetconf finds none and prints nothing.
        return client
            ? List.of()
            : firstValue(GlobalParameters.DEVICE_PROPERTY, lower.substring(prefix.length()));
      }
    }
    List<String> lines =
        find(parameter).orElseThrow(() -> new UnknownParameterException(parameter));
    if (lines.isEmpty()) {
      throw new UnknownParameterException(parameter);
    }
    return lines;
  }

  /** The names of the sections of a kind, in order, as {@code amgetconf --list KIND} prints. */
  public List<String> list(String kind) throws UnknownParameterException {
    SectionKind found = kindNamed(kind).orElseThrow(() -> new UnknownParameterException(kind));
    return sections.stream().filter(s -> s.kind() == found).map(Section::name).toList();
  }

  /** The keywords set but not acted on, one line each: {@code FILE:LINE:COL: KEYWORD (SECTION)}. */
  public List<String> ignored() {
    return ignored.stream().map(IgnoredKeyword::toString).toList();
  }

  private Optional<List<String>> find(String parameter) {
    int first = parameter.indexOf(':');
    if (first < 0) {
      return display(globals, parameter);
    }
    int last = parameter.lastIndexOf(':');
    if (last == first) {
      return Optional.empty();
    }
    String name = parameter.substring(first + 1, last);
    return kindNamed(parameter.substring(0, first))
        .flatMap(kind -> section(kind, name))
        .flatMap(section -> display(section, parameter.substring(last + 1)));
  }

  private Optional<List<String>> display(Section section, String keyword) {
    if (!Keywords.isKeyword(keyword, client)) {
      return Optional.empty();
    }
    return ParameterTable.forKind(section.kind(), client)
        .flatMap(table -> table.find(keyword))
        .map(parameter -> parameter.display(section.value(parameter)));
  }

  private Optional<Section> section(SectionKind kind, String name) {
    return sections.stream()
        .filter(s -> s.kind() == kind && s.name().equalsIgnoreCase(name))
        .findFirst();
  }

  private static Optional<SectionKind> kindNamed(String word) {
    for (SectionKind kind : SectionKind.values()) {
      if (kind.isNamedBy(word)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * amgetconf's {@code property:NAME}: the first value of the global property whose stored name is
   * NAME in lower case (no {@code _}/{@code -} folding there), or nothing.
   */
  private List<String> firstValue(Parameter<PropertyList> key, String name) {
    PropertyList properties = globals.value(key);
    if (!properties.names().contains(name)) {
      return List.of();
    }
    List<String> values = properties.get(name).orElseThrow().values();
    return values.isEmpty() ? List.of("") : List.of(values.get(0));
  }
}
