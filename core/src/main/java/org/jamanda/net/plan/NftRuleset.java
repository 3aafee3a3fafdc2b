package org.jamanda.net.plan;

import java.util.OptionalInt;
import org.jamanda.net.PortRange;

/**
 * Formats one side of a {@link PortPlan} as an nftables rule set for {@code nft -f}: a table {@code
 * inet jamanda_<side>} with a stateful input chain that drops what the plan does not list. Loading
 * the file again replaces the table. Stateless.
 *
 * <pre>
 * table inet jamanda_client {
 *     chain input {
 *         type filter hook input priority 0; policy drop;
 *         ct state established,related accept
 *         iif "lo" accept
 *         udp dport 10080 accept comment "bsd: amandad requests from planner, amcheck, dumpers"
 *     }
 * }
 * </pre>
 */
public final class NftRuleset {
  /** The name of the conntrack helper object the rule sets declare. */
  public static final String HELPER_NAME = "amanda-udp";

  private static final String INDENT = "    ";

  private NftRuleset() {}

  /** The table's name for {@code side}, e.g. "jamanda_client". */
  public static String tableName(Side side) {
    return "jamanda_" + side.shortName();
  }

  /** The rule set of {@code side}, several lines ending in a newline. */
  public static String format(PortPlan plan, Side side) {
    SidePlan sidePlan = plan.side(side);
    String table = "inet " + tableName(side);
    StringBuilder out = new StringBuilder();
    out.append("# jamanda port plan for the ").append(side.label()).append('\n');
    out.append("# Drops every inbound packet not accepted below: add the host's other services\n");
    out.append("# (ssh, ...) before loading it with nft -f.\n");
    out.append("table ").append(table).append('\n');
    out.append("delete table ").append(table).append('\n');
    out.append("table ").append(table).append(" {\n");
    sidePlan.amandaHelperPort().ifPresent(port -> helperObject(out));
    out.append(INDENT).append("chain input {\n");
    chainBody(sidePlan, out);
    out.append(INDENT).append("}\n");
    out.append("}\n");
    return out.toString();
  }

  private static void helperObject(StringBuilder out) {
    out.append(INDENT).append("ct helper ").append(HELPER_NAME).append(" {\n");
    out.append(INDENT).append(INDENT).append("type \"amanda\" protocol udp\n");
    out.append(INDENT).append(INDENT).append("l3proto inet\n");
    out.append(INDENT).append("}\n");
  }

  private static void chainBody(SidePlan side, StringBuilder out) {
    rule(out, "type filter hook input priority 0; policy drop;");
    rule(out, "ct state established,related accept");
    rule(out, "iif \"lo\" accept");
    rule(out, "icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept");
    OptionalInt helperPort = side.amandaHelperPort();
    if (helperPort.isPresent()) {
      // The helper reads the REP's CONNECT line and lets the announced streams in as related.
      rule(out, "udp dport " + helperPort.getAsInt() + " ct helper set \"" + HELPER_NAME + "\"");
    }
    for (InboundRule inbound : side.rules()) {
      rule(out, match(inbound) + " accept comment \"" + comment(inbound) + "\"");
    }
  }

  private static String match(InboundRule rule) {
    String proto = rule.transport().keyword();
    String source =
        rule.sourcePorts().map(from -> proto + " sport " + ports(from) + " ").orElse("");
    return source + proto + " dport " + ports(rule.ports());
  }

  // nft comments are quoted strings of at most 128 bytes with no double quote inside.
  static String comment(InboundRule rule) {
    String text = (rule.authNames() + ": " + rule.purpose()).replace('"', '\'');
    return text.length() <= 128 ? text : text.substring(0, 125) + "...";
  }

  private static String ports(PortRange range) {
    return PortPlanReport.ports(range);
  }

  private static void rule(StringBuilder out, String text) {
    out.append(INDENT).append(INDENT).append(text).append('\n');
  }
}
