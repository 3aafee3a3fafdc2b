package org.jamanda.net.plan;

import java.util.OptionalInt;
import org.jamanda.net.PortRange;

/**
 * Formats one side of a {@link PortPlan} for {@code iptables-restore}: the filter table's INPUT
 * chain with policy DROP and the plan's rules, plus a raw-table rule for the amanda conntrack
 * helper when the plan uses it. IPv4 only (it lacks the ICMPv6 neighbour discovery an IPv6 input
 * policy of DROP must let in): IPv6 sites use {@link NftRuleset}. Stateless.
 *
 * <pre>
 * *filter
 * :INPUT DROP [0:0]
 * -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
 * -A INPUT -p udp -m udp --dport 10080 -m comment --comment "bsd: amandad requests" -j ACCEPT
 * COMMIT
 * </pre>
 */
public final class IptablesRules {
  private IptablesRules() {}

  /** The rules of {@code side}, several lines ending in a newline. */
  public static String format(PortPlan plan, Side side) {
    SidePlan sidePlan = plan.side(side);
    StringBuilder out = new StringBuilder();
    out.append("# jamanda port plan for the ")
        .append(side.label())
        .append(" (IPv4; for IPv6 use nft)\n");
    out.append("# iptables-restore replaces the filter table: add the host's other services\n");
    out.append("# (ssh, ...) to INPUT before loading it.\n");
    helperTable(sidePlan.amandaHelperPort(), out);
    out.append("*filter\n");
    out.append(":INPUT DROP [0:0]\n");
    out.append(":FORWARD ACCEPT [0:0]\n");
    out.append(":OUTPUT ACCEPT [0:0]\n");
    out.append("-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n");
    out.append("-A INPUT -i lo -j ACCEPT\n");
    for (InboundRule rule : sidePlan.rules()) {
      out.append("-A INPUT ").append(match(rule));
      out.append(" -m comment --comment \"").append(NftRuleset.comment(rule)).append("\"");
      out.append(" -j ACCEPT\n");
    }
    out.append("COMMIT\n");
    return out.toString();
  }

  // The helper reads the REP's CONNECT line and lets the announced streams in as related.
  private static void helperTable(OptionalInt helperPort, StringBuilder out) {
    if (helperPort.isEmpty()) {
      return;
    }
    out.append("*raw\n");
    out.append(":PREROUTING ACCEPT [0:0]\n");
    out.append(":OUTPUT ACCEPT [0:0]\n");
    out.append("-A PREROUTING -p udp -m udp --dport ")
        .append(helperPort.getAsInt())
        .append(" -j CT --helper amanda\n");
    out.append("COMMIT\n");
  }

  private static String match(InboundRule rule) {
    String proto = rule.transport().keyword();
    StringBuilder match = new StringBuilder();
    match.append("-p ").append(proto).append(" -m ").append(proto);
    rule.sourcePorts().ifPresent(from -> match.append(" --sport ").append(ports(from)));
    match.append(" --dport ").append(ports(rule.ports()));
    return match.toString();
  }

  private static String ports(PortRange range) {
    return range.low() == range.high()
        ? Integer.toString(range.low())
        : range.low() + ":" + range.high();
  }
}
