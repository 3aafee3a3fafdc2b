package org.jamanda.config;

import org.jamanda.config.parse.Location;

/**
 * A keyword the files set that jamanda accepts but does not act on yet (see {@link
 * ActedOnKeywords}), with the section it is in ("global", "dumptype lab-base") and where.
 * Immutable.
 */
public record IgnoredKeyword(String section, String keyword, Location location) {
  /** {@code FILE:LINE:COLUMN: KEYWORD (SECTION)}, as {@code amgetconf --ignored} lists them. */
  @Override
  public String toString() {
    return location + ": " + keyword + " (" + section + ")";
  }
}
