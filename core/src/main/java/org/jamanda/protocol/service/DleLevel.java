package org.jamanda.protocol.service;

/**
 * One dump level a request asks about: {@code <level>1</level>}, or {@code
 * <level>0<server>YES</server></level>} when the server estimates that level itself. Immutable.
 *
 * @param level the dump level, 0 to 399 ({@code DUMP_LEVELS} in amanda.h)
 * @param server true when the server, not the client, estimates this level
 */
public record DleLevel(int level, boolean server) {
  /** The number of dump levels Amanda knows: 0 to 399. */
  public static final int LEVELS = 400;

  public DleLevel {
    if (level < 0 || level >= LEVELS) {
      throw new IllegalArgumentException("level " + level + " is outside 0.." + (LEVELS - 1));
    }
  }
}
