package org.jamanda.config;

import java.util.Optional;
import org.jamanda.config.parse.Block;
import org.jamanda.config.parse.ConfigException;

/**
 * What a value reader may ask of the configuration being read: the sections defined so far, and a
 * way to define an anonymous section from an inline block (as after {@code application}).
 */
interface ReadContext {
  /** True for amanda-client.conf, false for amanda.conf. */
  boolean isClient();

  /** The section of that kind and name (names are case-insensitive), if defined yet. */
  Optional<Section> lookup(SectionKind kind, String name);

  /**
   * Reads {@code block} as a new section of {@code kind} named {@code prefix.N}, N counting
   * anonymous sections from 1 as Amanda's {@code anonymous_value} does, and defines it.
   */
  Section defineAnonymous(SectionKind kind, String prefix, Block block) throws ConfigException;

  /** The name of the section being read, or "" at the top level. */
  String currentSectionName();
}
