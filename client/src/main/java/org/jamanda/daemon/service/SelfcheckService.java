package org.jamanda.daemon.service;

import java.net.ProtocolException;
import java.util.Objects;
import org.jamanda.daemon.Service;
import org.jamanda.daemon.ServiceException;
import org.jamanda.daemon.ServiceRequest;
import org.jamanda.protocol.service.MessageSeverity;
import org.jamanda.protocol.service.SelfcheckReply;
import org.jamanda.protocol.service.SelfcheckRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * amandad's {@code selfcheck} service, which amcheck calls to check a client: it checks each DLE of
 * the request and the host, and answers with Amanda 3.5.1's messages, as {@code MESSAGE JSON} when
 * the requester has {@code fe_selfcheck_message}, else as {@code OK}/{@code ERROR} lines. Runs GNU
 * tar ({@code --version}) and reads the file system. Thread-safe: each request gets its own run.
 *
 * <p>Supported: program GNUTAR and APPLICATION amgtar. Other programs and plugins are answered with
 * an ERROR message naming them. A request that cannot be parsed fails with a {@link
 * ServiceException} whose message names the line and column.
 */
public final class SelfcheckService implements Service {
  /** The service name in a REQ's SERVICE line. */
  public static final String NAME = "selfcheck";

  private static final Logger log = LoggerFactory.getLogger(SelfcheckService.class);

  private final ClientSettings settings;

  public SelfcheckService(ClientSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String serve(ServiceRequest request) throws ServiceException {
    SelfcheckRequest parsed = parse(request);
    SelfcheckReply reply = check(parsed);
    log.info(
        "selfcheck done peer={} host={} dles={} errors={}",
        request.peerHostName(),
        parsed.hostname().orElse(settings.localHostName()),
        parsed.dles().size(),
        reply.count(MessageSeverity.ERROR));
    return reply.format();
  }

  /** Checks what {@code request} asks and returns the reply, without sending it. */
  public SelfcheckReply check(SelfcheckRequest request) {
    return new SelfcheckRun(settings, request, ProcessIds.current()).run();
  }

  private static SelfcheckRequest parse(ServiceRequest request) throws ServiceException {
    try {
      return SelfcheckRequest.parse(
          request.arguments(),
          element ->
              log.debug(
                  "unknown element ignored peer={} element={}", request.peerHostName(), element));
    } catch (ProtocolException e) {
      throw new ServiceException("FORMAT ERROR IN REQUEST PACKET " + e.getMessage(), e);
    }
  }
}
