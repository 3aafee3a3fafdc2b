package org.jamanda.daemon.service;

import org.jamanda.daemon.Service;
import org.jamanda.daemon.ServiceRequest;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.protocol.ProtocolTokens;

/**
 * amandad's {@code noop} service: answers with jamanda's features so the requester learns what this
 * client understands (noop.c). The request's arguments are read by nobody, as in Amanda. Stateless
 * and thread-safe.
 *
 * <pre>
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;
 * </pre>
 */
public final class NoopService implements Service {
  /** The service name in a REQ's SERVICE line. */
  public static final String NAME = "noop";

  private static final String REPLY =
      ProtocolTokens.OPTIONS
          + " "
          + ProtocolTokens.FEATURES
          + "="
          + JamandaFeatures.FEATURES.format()
          + ";\n";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String serve(ServiceRequest request) {
    return REPLY;
  }
}
