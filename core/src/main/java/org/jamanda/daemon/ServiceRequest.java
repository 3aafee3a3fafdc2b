package org.jamanda.daemon;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What a service gets for one request: who asked, and the arguments after the SERVICE line (the
 * OPTIONS line and the service's body). Immutable, except that {@link #partialReply} sends.
 *
 * @param service the service name
 * @param peer the requester's address and port
 * @param peerHostName the requester's name, forward-confirmed
 * @param remoteUser the user of the request's {@code SECURITY USER} line
 * @param arguments the rest of the REQ body
 * @param partial where PREPs go
 */
public record ServiceRequest(
    String service,
    InetSocketAddress peer,
    String peerHostName,
    String remoteUser,
    String arguments,
    PartialReplies partial) {
  /** Sends partial replies (PREP) while a service works. */
  public interface PartialReplies {
    void send(String body) throws IOException;
  }

  public ServiceRequest {
    Objects.requireNonNull(service);
    Objects.requireNonNull(peer);
    Objects.requireNonNull(peerHostName);
    Objects.requireNonNull(remoteUser);
    Objects.requireNonNull(arguments);
    Objects.requireNonNull(partial);
  }

  /** Sends {@code body} as a PREP: what the service has found so far. */
  public void partialReply(String body) throws IOException {
    partial.send(body);
  }
}
