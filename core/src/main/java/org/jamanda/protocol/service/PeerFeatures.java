package org.jamanda.protocol.service;

import java.util.EnumSet;
import org.jamanda.protocol.Feature;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.Options;

/**
 * The features a requester has: those of its {@code OPTIONS features=} value, or, when it sends
 * none (an Amanda 2.4 server), the set Amanda assumes for such peers ({@code
 * am_set_default_feature_set} in amfeatures.c). Stateless.
 */
public final class PeerFeatures {
  /** What Amanda assumes of a requester that sends no features. */
  public static final Features AMANDA_2_DEFAULT =
      Features.of(
          EnumSet.of(
              Feature.FE_SELFCHECK_REQ,
              Feature.FE_SELFCHECK_REP,
              Feature.FE_SENDSIZE_REQ_NO_OPTIONS,
              Feature.FE_SENDSIZE_REP,
              Feature.FE_SENDBACKUP_REQ,
              Feature.FE_SENDBACKUP_REP,
              Feature.FE_PROGRAM_DUMP,
              Feature.FE_PROGRAM_GNUTAR,
              Feature.FE_OPTIONS_COMPRESS_FAST,
              Feature.FE_OPTIONS_COMPRESS_BEST,
              Feature.FE_OPTIONS_SRVCOMP_FAST,
              Feature.FE_OPTIONS_SRVCOMP_BEST,
              Feature.FE_OPTIONS_NO_RECORD,
              Feature.FE_OPTIONS_BSD_AUTH,
              Feature.FE_OPTIONS_INDEX,
              Feature.FE_OPTIONS_EXCLUDE_FILE,
              Feature.FE_OPTIONS_EXCLUDE_LIST,
              Feature.FE_OPTIONS_KENCRYPT,
              Feature.FE_REQ_OPTIONS_MAXDUMPS,
              Feature.FE_REQ_OPTIONS_HOSTNAME,
              Feature.FE_REQ_OPTIONS_FEATURES,
              Feature.FE_REP_OPTIONS_SENDBACKUP_OPTIONS));

  private PeerFeatures() {}

  /**
   * The requester's features.
   *
   * @throws MalformedPacketException when {@code features=} is not hexadecimal
   */
  public static Features of(Options options) throws MalformedPacketException {
    return options.features().orElse(AMANDA_2_DEFAULT);
  }
}
