package org.jamanda.daemon.service;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jamanda.daemon.Service;
import org.jamanda.daemon.ServiceException;
import org.jamanda.daemon.ServiceRequest;
import org.jamanda.protocol.InputTooLongException;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.service.DleLevel;
import org.jamanda.protocol.service.DleRequest;
import org.jamanda.protocol.service.SendsizeReply;
import org.jamanda.protocol.service.SendsizeRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * amandad's {@code sendsize}: estimates each DLE at each level the planner asks about, and answers
 * with {@code DISK LEVEL SIZE KiB} lines (sendsize.c). While it works it sends what it has as a
 * PREP, at most once a second, so the planner knows the client is alive. Thread-safe.
 */
public final class SendsizeService implements Service {
  private static final Logger log = LoggerFactory.getLogger(SendsizeService.class);

  /** The least time between two PREPs, as amandad's {@code send_partial_reply}. */
  static final Duration PARTIAL_INTERVAL = Duration.ofSeconds(1);

  private final Estimator estimator;
  private final Clock clock;

  public SendsizeService(Estimator estimator, Clock clock) {
    this.estimator = estimator;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "sendsize";
  }

  @Override
  public String serve(ServiceRequest request) throws ServiceException, IOException {
    SendsizeRequest parsed;
    try {
      parsed =
          SendsizeRequest.parse(
              request.arguments(), element -> log.debug("element ignored name={}", element));
    } catch (MalformedPacketException | InputTooLongException e) {
      throw new ServiceException("FORMAT ERROR IN REQUEST PACKET " + e.getMessage(), e);
    }
    SendsizeReply reply = new SendsizeReply(JamandaFeatures.FEATURES);
    Instant lastPartial = clock.instant();
    String host = parsed.hostname().orElse(request.peerHostName());
    for (DleRequest dle : parsed.dles()) {
      estimate(host, dle, reply);
      if (Duration.between(lastPartial, clock.instant()).compareTo(PARTIAL_INTERVAL) >= 0) {
        request.partialReply(reply.format());
        lastPartial = clock.instant();
      }
    }
    return reply.format();
  }

  private void estimate(String host, DleRequest dle, SendsizeReply reply) {
    if (!estimator.supports(dle)) {
      reply.error(dle.disk(), 0, "[program " + dle.programName() + " not supported by jamanda]");
      return;
    }
    if (dle.levels().isEmpty()) {
      reply.error(dle.disk(), 0, "Missing level in request");
      return;
    }
    for (DleLevel level : dle.levels()) {
      try {
        reply.size(dle.disk(), level.level(), estimator.estimateKib(host, dle, level.level()));
      } catch (Estimator.EstimateException e) {
        log.warn(
            "estimate failed disk={} level={} error={}", dle.disk(), level.level(), e.getMessage());
        reply.error(dle.disk(), level.level(), e.getMessage());
      }
    }
  }
}
