package org.jamanda.security;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jamanda.config.hosts.AmandaHosts;
import org.jamanda.config.hosts.AmandaHostsEntry;
import org.jamanda.config.hosts.AmandaHostsException;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.config.hosts.ServiceNames;
import org.jamanda.net.PortRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a REQ may run its service, the way bsd, bsdudp, bsdtcp and ssl auth do in Amanda
 * 3.5 ({@code check_user} and {@code check_user_amandahosts} in security-util.c): the peer's
 * resolved name and the {@code SECURITY USER} must appear in {@code .amandahosts} with the service.
 * A denial carries Amanda's exact NAK text, including the line to add.
 *
 * <p>Thread-safe and stateless apart from its two settings. The file is read on every check, as
 * Amanda does, so an edit takes effect on the next request. No sockets and no DNS: the caller
 * resolves and forward-confirms the peer's name first. Denials are logged here at WARN.
 */
public final class HostAccessPolicy {
  private static final Logger log = LoggerFactory.getLogger(HostAccessPolicy.class);

  private final Path amandahostsFile;
  private final LocalUser localUser;

  /**
   * @param amandahostsFile usually {@code ~localUser/.amandahosts}; a symlink is followed
   * @param localUser the user amandad runs as, who must own the file
   */
  public HostAccessPolicy(Path amandahostsFile, LocalUser localUser) {
    this.amandahostsFile = amandahostsFile;
    this.localUser = localUser;
  }

  /** A policy reading {@link AmandaHosts#FILE_NAME} in {@code homeDirectory}. */
  public static HostAccessPolicy inHome(Path homeDirectory, LocalUser localUser) {
    return new HostAccessPolicy(homeDirectory.resolve(AmandaHosts.FILE_NAME), localUser);
  }

  public Path amandahostsFile() {
    return amandahostsFile;
  }

  public LocalUser localUser() {
    return localUser;
  }

  /**
   * Checks one request against the file. A file that cannot be used denies every request, with the
   * file's problem as the reason.
   *
   * @param peerHostName the peer's resolved, forward-confirmed name
   * @param peerAddress the peer's address; 127.0.0.1 and ::1 also match {@code localhost} lines
   * @param remoteUser the name from the REQ's {@code SECURITY USER} line
   * @param service the name from the REQ's {@code SERVICE} line
   */
  public AccessDecision check(
      String peerHostName, InetAddress peerAddress, String remoteUser, String service) {
    Optional<String> reason = reasonToRefuse(peerHostName, peerAddress, remoteUser, service);
    if (reason.isEmpty()) {
      return AccessDecision.allowed();
    }
    log.warn(
        "amandahosts denies peer={} address={} user={} service={} reason={}",
        peerHostName,
        peerAddress.getHostAddress(),
        remoteUser,
        service,
        reason.get());
    // check_user in security-util.c.
    return AccessDecision.denied(
        String.format(
            Locale.ROOT,
            "user %s from %s is not allowed to execute the service %s: %s",
            remoteUser,
            peerHostName,
            service,
            reason.get()));
  }

  private Optional<String> reasonToRefuse(
      String peerHostName, InetAddress peerAddress, String remoteUser, String service) {
    AmandaHosts hosts;
    try {
      hosts = AmandaHosts.read(amandahostsFile, localUser);
    } catch (AmandaHostsException e) {
      return Optional.of(e.getMessage());
    }
    Optional<AmandaHostsEntry> entry =
        hosts.findAllowing(peerHostName, peerAddress, remoteUser, service);
    if (entry.isEmpty()) {
      return Optional.of(missingLineAdvice(peerHostName, remoteUser, service));
    }
    log.debug(
        "amandahosts allows peer={} user={} service={} line={}",
        peerHostName,
        remoteUser,
        service,
        entry.get().line());
    return Optional.empty();
  }

  /**
   * Refuses a request from an unprivileged source port, as bsd, bsdudp and bsdtcp auth do before
   * looking at {@code .amandahosts} ({@code bsd_recv_security_ok}): any port of 1024 or above.
   *
   * @param peerHostName the peer's resolved name, used in the message
   * @param peerPort the peer's source port, 0..65535
   */
  public static AccessDecision checkPeerPort(String peerHostName, int peerPort) {
    if (peerPort < 0 || peerPort > 65535) {
      throw new IllegalArgumentException("peer port " + peerPort + " is outside 0..65535");
    }
    if (peerPort < PortRange.FIRST_UNPRIVILEGED) {
      return AccessDecision.allowed();
    }
    log.warn("peer port not privileged peer={} port={}", peerHostName, peerPort);
    return AccessDecision.denied("host " + peerHostName + ": port " + peerPort + " not secure");
  }

  // What Amanda tells the peer when no line matches: the line to add for a known service, and
  // for any other name that the service is invalid.
  private String missingLineAdvice(String peerHostName, String remoteUser, String service) {
    String lineStart = "Please add the line \"" + peerHostName + " " + remoteUser + " ";
    if (ServiceNames.isRecoveryService(service)) {
      return lineStart + "amindexd amidxtaped\" to " + amandahostsFile + " on the server";
    }
    if (ServiceNames.AMDUMP.equals(service) || ServiceNames.isAmdumpMember(service)) {
      return lineStart + "amdump\" to " + amandahostsFile + " on the client";
    }
    return amandahostsFile + ": invalid service " + service;
  }
}
