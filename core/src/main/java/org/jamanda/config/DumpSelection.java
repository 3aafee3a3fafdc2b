package org.jamanda.config;

import java.util.Optional;

/**
 * One line of a storage's {@code dump-selection}: which dumps (by tag) at which levels go to that
 * storage. Immutable.
 */
public record DumpSelection(Tag tag, Optional<String> tagName, Level level) {
  /** Which dumps the line selects. */
  public enum Tag {
    /** Dumps whose dumptype has the tag {@code tagName}. */
    NAME,
    ALL,
    /** Dumps that no other line selects. */
    OTHER
  }

  /** Which levels the line selects. */
  public enum Level {
    ALL,
    FULL,
    INCR
  }
}
