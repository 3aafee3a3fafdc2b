package org.jamanda.net.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jamanda.net.PortRange;

/**
 * Lists the ports each side's firewall must let in, per auth in use: the chapter's "Firewalls and
 * NAT" made concrete for Amanda 3.5's auth methods (amanda-auth(7), port usage).
 */
final class InboundPlanner {
  /** k5amanda, the krb5 auth's amandad port. */
  static final int KRB5_PORT = 10082;

  /** amandaidx: amindexd run directly by inetd, for pre-2.5.1 amrecover (amoldrecover). */
  static final int LEGACY_INDEX_PORT = 10082;

  /** amidxtape: amidxtaped run directly by inetd, for pre-2.5.1 amrecover (amoldrecover). */
  static final int LEGACY_TAPE_PORT = 10083;

  /** The shell service: rshd, which runs amandad under the rsh auth. */
  static final int RSH_PORT = 514;

  /** The ssh service, used when client-port keeps its default. */
  static final int SSH_PORT = 22;

  private InboundPlanner() {}

  static SidePlan client(PortPlanInput input) {
    Rules rules = new Rules();
    for (Auth auth : input.auths()) {
      switch (auth) {
        case BSD, BSDUDP -> {
          rules.udp(input.clientPort(), auth, "amandad requests from planner, amcheck, dumpers");
          dataStreams(input, rules, auth, "sendbackup's data-stream listeners");
        }
        case BSDTCP, SSL ->
            rules.tcp(
                input.clientPort(), auth, "amandad connections from planner, amcheck, dumpers");
        case KRB5, SSH, RSH, LOCAL ->
            rulesWithoutAmandad(input, rules, auth, "from the tape server");
      }
    }
    return new SidePlan(Side.CLIENT, rules.list(), helperPort(input));
  }

  static SidePlan tapeServer(PortPlanInput input) {
    Rules rules = new Rules();
    for (Auth auth : input.auths()) {
      switch (auth) {
        case BSD, BSDUDP -> {
          udpReplies(input, rules, auth);
          rules.udp(
              input.clientPort(), auth, "amrecover requests to amandad (amindexd, amidxtaped)");
          dataStreams(input, rules, auth, "amindexd and amidxtaped stream listeners for amrecover");
        }
        case BSDTCP, SSL ->
            rules.tcp(
                input.clientPort(),
                auth,
                "amrecover connections to amandad (amindexd, amidxtaped)");
        case KRB5, SSH, RSH, LOCAL ->
            rulesWithoutAmandad(input, rules, auth, "from amrecover on the clients");
      }
    }
    if (input.legacyRecovery()) {
      legacyRecovery(input, rules);
    }
    return new SidePlan(Side.TAPE_SERVER, rules.list(), helperPort(input));
  }

  // krb5, ssh and rsh reach amandad through another daemon; local needs no port at all.
  private static void rulesWithoutAmandad(
      PortPlanInput input, Rules rules, Auth auth, String from) {
    switch (auth) {
      case KRB5 -> rules.tcp(KRB5_PORT, auth, "k5amanda connections " + from);
      case SSH ->
          rules.tcp(sshPort(input), auth, "sshd, which runs amandad for connections " + from);
      case RSH -> {
        rules.tcp(RSH_PORT, auth, "rshd, which runs amandad for connections " + from);
        rules.add(
            Transport.TCP,
            PortRange.PRIVILEGED,
            Optional.of(PortRange.PRIVILEGED),
            Set.of(auth),
            "rsh's stderr channel, opened back by the peer's rshd (netkit rsh)");
      }
      default -> {
        // local: no network at all. bsd, bsdudp, bsdtcp and ssl are handled by the caller.
      }
    }
  }

  // Under bsd the stream listeners come from unreserved-tcp-port; without it only the kernel's
  // amanda helper can tell which ports to let in.
  private static void dataStreams(PortPlanInput input, Rules rules, Auth auth, String purpose) {
    input
        .unreservedTcp()
        .ifPresent(
            range -> rules.add(Transport.TCP, range, Optional.empty(), Set.of(auth), purpose));
  }

  // A stateful firewall lets these in while the UDP conntrack entry lives; the rule keeps a REP
  // that comes after a long estimate (etimeout) working, and serves stateless firewalls.
  private static void udpReplies(PortPlanInput input, Rules rules, Auth auth) {
    PortRange requesterPorts = input.reservedUdp().orElse(PortRange.PRIVILEGED);
    rules.add(
        Transport.UDP,
        requesterPorts,
        Optional.of(single(input.clientPort())),
        Set.of(auth),
        "amandad's ACK and REP to planner, amcheck, dumpers (late replies, stateless firewalls)");
  }

  private static void legacyRecovery(PortPlanInput input, Rules rules) {
    Set<Auth> none = EnumSet.noneOf(Auth.class);
    Optional<PortRange> any = Optional.empty();
    rules.add(
        Transport.TCP, single(LEGACY_INDEX_PORT), any, none, "amandaidx: amindexd (amoldrecover)");
    rules.add(
        Transport.TCP, single(LEGACY_TAPE_PORT), any, none, "amidxtape: amidxtaped (amoldrecover)");
    PortRange data = input.unreservedTcp().orElse(Fallbacks.ANY_UNPRIVILEGED);
    rules.add(Transport.TCP, data, any, none, "amidxtaped's data connection (amoldrecover)");
  }

  private static OptionalInt helperPort(PortPlanInput input) {
    if (input.usesUdpRequests() && input.unreservedTcp().isEmpty()) {
      return OptionalInt.of(input.clientPort());
    }
    return OptionalInt.empty();
  }

  // ssh takes client-port as "ssh -p"; left at amandad's default it means ssh's own port.
  private static int sshPort(PortPlanInput input) {
    return input.clientPort() == PortPlanInput.DEFAULT_CLIENT_PORT ? SSH_PORT : input.clientPort();
  }

  private static PortRange single(int port) {
    return new PortRange(port, port);
  }

  /** Rules in first-added order; rules for the same packets merge their auths and purposes. */
  private static final class Rules {
    private final Map<String, InboundRule> byPackets = new LinkedHashMap<>();

    void udp(int port, Auth auth, String purpose) {
      add(Transport.UDP, single(port), Optional.empty(), Set.of(auth), purpose);
    }

    void tcp(int port, Auth auth, String purpose) {
      add(Transport.TCP, single(port), Optional.empty(), Set.of(auth), purpose);
    }

    void add(
        Transport transport,
        PortRange ports,
        Optional<PortRange> sources,
        Set<Auth> auths,
        String purpose) {
      String key = transport + " " + ports + " " + sources.map(PortRange::toString).orElse("*");
      InboundRule old = byPackets.get(key);
      if (old == null) {
        byPackets.put(key, new InboundRule(transport, ports, sources, auths, purpose));
        return;
      }
      EnumSet<Auth> merged = EnumSet.noneOf(Auth.class);
      merged.addAll(old.auths());
      merged.addAll(auths);
      String purposes = old.purpose().equals(purpose) ? purpose : old.purpose() + "; " + purpose;
      byPackets.put(key, new InboundRule(transport, ports, sources, merged, purposes));
    }

    List<InboundRule> list() {
      return new ArrayList<>(byPackets.values());
    }
  }
}
