package org.jamanda.daemon;

import java.io.IOException;

/**
 * One of amandad's services ({@code noop}, {@code selfcheck}, {@code sendsize}, ...): takes the
 * arguments of a request and produces the body of the REP.
 *
 * <p>A service runs on its own thread, once per request; implementations must be thread-safe if one
 * instance serves concurrent requests. A failure the requester should see is thrown as a {@link
 * ServiceException}, whose message amandad sends in an {@code ERROR} line.
 */
public interface Service {
  /** The name a REQ asks for in its {@code SERVICE} line. */
  String name();

  /**
   * Serves one request.
   *
   * @return the REP body
   * @throws ServiceException for a failure the requester is told about
   * @throws IOException when sending a partial reply fails
   */
  String serve(ServiceRequest request) throws ServiceException, IOException;
}
