package org.jamanda.config;

/**
 * Which volumes {@code autolabel} may label, besides new ones (Amanda's {@code autolabel_set_t}
 * bits).
 */
public enum AutolabelCondition {
  OTHER_CONFIG,
  NON_AMANDA,
  VOLUME_ERROR,
  EMPTY
}
