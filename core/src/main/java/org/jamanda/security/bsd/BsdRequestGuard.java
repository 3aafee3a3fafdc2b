package org.jamanda.security.bsd;

import java.net.InetSocketAddress;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.Request;
import org.jamanda.security.AccessDecision;
import org.jamanda.security.AuthenticationException;
import org.jamanda.security.HostAccessPolicy;
import org.jamanda.security.PeerNameCheck;

/**
 * The checks amandad makes of a new REQ under the bsd, bsdudp and bsdtcp auths, in Amanda's order:
 * the peer's names agree, its source port is privileged, the body has a SERVICE and a {@code
 * SECURITY USER} line, and {@code .amandahosts} lets that user run that service ({@code
 * udp_netfd_read_callback} and {@code bsd_recv_security_ok} in security-util.c). Thread-safe; the
 * name lookups may block.
 */
public final class BsdRequestGuard {
  private final PeerNameCheck names;
  private final HostAccessPolicy hosts;
  private final boolean needPrivilegedPort;

  /**
   * @param needPrivilegedPort true for bsd, bsdudp and bsdtcp; false for ssl
   */
  public BsdRequestGuard(PeerNameCheck names, HostAccessPolicy hosts, boolean needPrivilegedPort) {
    this.names = names;
    this.hosts = hosts;
    this.needPrivilegedPort = needPrivilegedPort;
  }

  /** A request that passed every check, with the peer's confirmed name. */
  public record Admitted(String peerHostName, String remoteUser, Request request) {}

  /**
   * Checks the REQ with {@code body} from {@code peer}.
   *
   * @throws AuthenticationException carrying the text for the NAK
   */
  public Admitted admit(InetSocketAddress peer, String body) throws AuthenticationException {
    String host = names.confirmedName(peer);
    if (needPrivilegedPort) {
      refuseIfDenied(HostAccessPolicy.checkPeerPort(host, peer.getPort()));
    }
    Request request;
    try {
      request = Request.parse(body);
    } catch (MalformedPacketException e) {
      throw new AuthenticationException(
          e.field().equals("SERVICE") ? "packet as no SERVICE line" : e.getMessage());
    }
    if (request.securityUser().isEmpty()) {
      throw new AuthenticationException("no bsd SECURITY for P_REQ");
    }
    String user = request.securityUser().get();
    refuseIfDenied(hosts.check(host, peer.getAddress(), user, request.service()));
    return new Admitted(host, user, request);
  }

  private static void refuseIfDenied(AccessDecision decision) throws AuthenticationException {
    if (decision instanceof AccessDecision.Denied denied) {
      throw new AuthenticationException(denied.message());
    }
  }
}
