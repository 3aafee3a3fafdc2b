package org.jamanda.net.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jamanda.net.PortRange;

/**
 * Formats a {@link PortPlan} as the human report of {@code jamanda ports}: needs per auth, one line
 * per range with its verdict, warnings, and the inbound ports of each side. Stateless.
 */
public final class PortPlanReport {
  /** Said when the plan leaves out the ports only amoldrecover (pre-2.5.1 amrecover) uses. */
  static final String LEGACY_NOT_OPENED =
      "  (legacy 10082/tcp amandaidx and 10083/tcp amidxtape not opened: only amoldrecover uses"
          + " them)";

  private PortPlanReport() {}

  /** The report, several lines, each ending in a newline. */
  public static String format(PortPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append(title(plan.input())).append("\n\n");
    needs(plan, out);
    ranges(plan, out);
    warnings(plan, out);
    inbound(plan.tapeServer(), plan.input().auths(), "inbound on the tape server", out);
    if (!plan.input().legacyRecovery()) {
      out.append(LEGACY_NOT_OPENED).append("\n\n");
    }
    inbound(plan.client(), plan.input().auths(), "inbound on the clients", out);
    out.append(result(plan)).append('\n');
    return out.toString();
  }

  private static String title(PortPlanInput input) {
    List<String> names = new ArrayList<>();
    input.auths().forEach(auth -> names.add(auth.configName()));
    return String.format(
        "port plan: inparallel %d, largest maxdumps %d, auth %s, client port %d",
        input.inparallel(), input.largestMaxdumps(), String.join(" ", names), input.clientPort());
  }

  private static void needs(PortPlan plan, StringBuilder out) {
    out.append("ports needed\n");
    TextTable table = new TextTable(false, false, false, true, false);
    table.row("auth", "side", "range", "ports", "for");
    for (PortNeed need : plan.needs()) {
      table.row(
          need.auth().configName(),
          need.side().label(),
          need.range().optionName(),
          Integer.toString(need.ports()),
          need.why());
    }
    table.appendTo(out, "  ");
    out.append('\n');
  }

  private static void ranges(PortPlan plan, StringBuilder out) {
    out.append("ranges\n");
    TextTable table = new TextTable(false, false, true, true, true, true, true, false);
    table.row("range", "set", "need", "with STATE", "size", "named", "usable", "verdict");
    for (RangeCheck check : plan.ranges()) {
      boolean set = check.range().isPresent();
      table.row(
          check.option().optionName(),
          check.range().map(PortRange::toString).orElse("-"),
          Integer.toString(check.need()),
          Integer.toString(check.needWithState()),
          set ? Integer.toString(check.size()) : "-",
          set ? Integer.toString(check.named()) : "-",
          set ? Integer.toString(check.usable()) : "-",
          verdictAndNote(check));
    }
    table.appendTo(out, "  ");
    out.append('\n');
  }

  private static String verdictAndNote(RangeCheck check) {
    StringBuilder text = new StringBuilder(check.verdict().name());
    if (!check.note().isEmpty()) {
      text.append("  ").append(check.note());
    }
    if (!check.namedExamples().isEmpty()) {
      String more = check.named() > check.namedExamples().size() ? ", ..." : "";
      text.append("  named: ").append(String.join(", ", check.namedExamples())).append(more);
    }
    return text.toString();
  }

  private static void warnings(PortPlan plan, StringBuilder out) {
    if (plan.warnings().isEmpty()) {
      return;
    }
    out.append("warnings\n");
    plan.warnings().forEach(warning -> out.append("  ").append(warning).append('\n'));
    out.append('\n');
  }

  private static void inbound(SidePlan side, Set<Auth> auths, String heading, StringBuilder out) {
    out.append(heading).append('\n');
    TextTable table = new TextTable(false, false, false, false, false);
    for (InboundRule rule : side.rules()) {
      table.row(
          rule.transport().keyword(),
          ports(rule.ports()),
          rule.sourcePorts().map(from -> "from " + ports(from)).orElse(""),
          rule.authNames(),
          rule.purpose());
    }
    side.amandaHelperPort().ifPresent(port -> table.row(helperRow(auths, port)));
    if (side.rules().isEmpty() && side.amandaHelperPort().isEmpty()) {
      out.append("  nothing\n");
    }
    table.appendTo(out, "  ");
    out.append('\n');
  }

  private static String[] helperRow(Set<Auth> auths, int port) {
    StringBuilder names = new StringBuilder();
    for (Auth auth : auths) {
      if (auth.usesUdpRequests()) {
        names.append(names.length() == 0 ? "" : ", ").append(auth.configName());
      }
    }
    String purpose = "data streams that a REP from " + port + "/udp announces (amanda helper)";
    return new String[] {"tcp", "related", "", names.toString(), purpose};
  }

  private static String result(PortPlan plan) {
    List<String> bad = new ArrayList<>();
    for (RangeCheck check : plan.ranges()) {
      if (check.verdict().cannotWork()) {
        bad.add(check.option().optionName() + " " + check.verdict());
      }
    }
    return bad.isEmpty()
        ? "result: every range can work"
        : "result: CANNOT WORK: " + String.join(", ", bad);
  }

  /** A port or range as the report and nft write it: "10080" or "50000-50023". */
  static String ports(PortRange range) {
    return range.low() == range.high()
        ? Integer.toString(range.low())
        : range.low() + "-" + range.high();
  }
}
