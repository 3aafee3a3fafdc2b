package org.jamanda.config;

/**
 * The {@code taperalgo}: how the taper picks the next dump to write (Amanda's {@code taperalgo_t}).
 */
public enum TaperAlgo {
  FIRST,
  FIRSTFIT,
  LARGEST,
  LARGESTFIT,
  SMALLEST,
  LAST
}
