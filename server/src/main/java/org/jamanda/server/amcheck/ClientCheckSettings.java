package org.jamanda.server.amcheck;

import java.time.Duration;
import java.util.Objects;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.net.ServicesFile;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.protocol.service.PeerFeatures;

/**
 * What the client checks need besides the hosts. Immutable.
 *
 * @param config the configuration name, sent as {@code config=}
 * @param replyTimeout how long to wait for a REP once a request is acknowledged ({@code ctimeout})
 * @param policy the request timers; its tries bound how long a silent host can take
 * @param clientVerbose print every message of the clients, not only the problems ({@code
 *     --client-verbose})
 * @param ours the features sent to clients
 * @param services the services file, for a {@code client-port} given by name
 */
public record ClientCheckSettings(
    String config,
    Duration replyTimeout,
    RetransmitPolicy policy,
    boolean clientVerbose,
    Features ours,
    ServicesFile services) {
  /** amandad's port when the dumptype names none: the {@code amanda} service. */
  public static final int DEFAULT_CLIENT_PORT = 10080;

  /** What Amanda assumes of a client whose noop reply carries no features (amfeatures.c). */
  public static final Features OLD_CLIENT_FEATURES = PeerFeatures.AMANDA_2_DEFAULT;

  public ClientCheckSettings {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(replyTimeout, "replyTimeout");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(services, "services");
  }

  /** Amanda's timers, ctimeout 30 s, jamanda's features, not verbose. */
  public static ClientCheckSettings defaults(String config, ServicesFile services) {
    return new ClientCheckSettings(
        config,
        Duration.ofSeconds(30),
        RetransmitPolicy.AMANDA,
        false,
        JamandaFeatures.FEATURES,
        services);
  }

  public ClientCheckSettings withReplyTimeout(Duration timeout) {
    return new ClientCheckSettings(config, timeout, policy, clientVerbose, ours, services);
  }

  public ClientCheckSettings withPolicy(RetransmitPolicy newPolicy) {
    return new ClientCheckSettings(config, replyTimeout, newPolicy, clientVerbose, ours, services);
  }

  public ClientCheckSettings withClientVerbose(boolean verbose) {
    return new ClientCheckSettings(config, replyTimeout, policy, verbose, ours, services);
  }

  /**
   * The longest one request can take before its exchange gives up by itself: every REQ cycle
   * waiting for its ACKs and then its REP.
   */
  public Duration longestRequest() {
    Duration cycle = policy.ackWait().multipliedBy(policy.reqTries()).plus(replyTimeout);
    return cycle.multipliedBy(policy.resetTries() + 1L);
  }
}
