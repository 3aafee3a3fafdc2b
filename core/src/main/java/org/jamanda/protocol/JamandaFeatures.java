package org.jamanda.protocol;

import java.util.EnumSet;

/**
 * The features jamanda advertises in every {@code OPTIONS features=} it sends. jamanda aims at
 * Amanda 3.5.1's wire behaviour, so this is the very set Amanda 3.5.1 sends, {@code
 * ffffffff9efefbfffffffffffffff3fffbf71f}: every feature 3.5.1 defines except the nine it leaves
 * off (amfeatures.c, {@code am_init_feature_set}). Immutable.
 */
public final class JamandaFeatures {
  /** jamanda's features: Amanda 3.5.1's set. */
  public static final Features FEATURES =
      Features.of(
          EnumSet.complementOf(
              EnumSet.of(
                  Feature.FE_OPTIONS_KRB4_AUTH,
                  Feature.FE_REP_OPTIONS_MAXDUMPS,
                  Feature.FE_REP_OPTIONS_HOSTNAME,
                  Feature.FE_REP_OPTIONS_SENDBACKUP_OPTIONS,
                  Feature.FE_AMIDXTAPED_NARGS,
                  Feature.FE_SENDSIZE_MESSAGE,
                  Feature.FE_SENDBACKUP_MESSAGE,
                  Feature.FE_AMRECOVER_DATA_DONE,
                  Feature.FE_RESTORE_DATA_DONE)));

  private JamandaFeatures() {}
}
