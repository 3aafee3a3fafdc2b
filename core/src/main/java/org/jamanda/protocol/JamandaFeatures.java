package org.jamanda.protocol;

import java.util.EnumSet;
import java.util.Set;

/**
 * The features jamanda advertises in {@code OPTIONS features=...;}: the same set Amanda 3.5.1
 * sends, because jamanda aims at 3.5.1's wire behaviour and its peers choose their request and
 * reply forms from this set (XML DLEs, JSON selfcheck messages, the STATE stream, CRC lines).
 */
public final class JamandaFeatures {
  /** What Amanda 3.5.1 left out of its own set, and so does jamanda. */
  private static final Set<Feature> NOT_ADVERTISED =
      EnumSet.of(
          Feature.FE_OPTIONS_KRB4_AUTH,
          Feature.FE_REP_OPTIONS_MAXDUMPS,
          Feature.FE_REP_OPTIONS_HOSTNAME,
          Feature.FE_REP_OPTIONS_SENDBACKUP_OPTIONS,
          Feature.FE_AMIDXTAPED_NARGS,
          Feature.FE_SENDSIZE_MESSAGE,
          Feature.FE_SENDBACKUP_MESSAGE,
          Feature.FE_AMRECOVER_DATA_DONE,
          Feature.FE_RESTORE_DATA_DONE);

  /** The advertised bitmap: {@code ffffffff9efefbfffffffffffffff3fffbf71f}. */
  public static final Features ADVERTISED =
      Features.of(EnumSet.complementOf(EnumSet.copyOf(NOT_ADVERTISED)));

  private JamandaFeatures() {}
}
