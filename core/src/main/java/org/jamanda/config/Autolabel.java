package org.jamanda.config;

import java.util.Optional;
import java.util.Set;

/**
 * The {@code autolabel} setting: the label template, if any, and which kinds of volume may be
 * labelled with it. Immutable.
 */
public record Autolabel(Optional<String> template, Set<AutolabelCondition> conditions) {
  /** No autolabelling. */
  public static final Autolabel NONE = new Autolabel(Optional.empty(), Set.of());

  public Autolabel {
    conditions = Set.copyOf(conditions);
  }
}
