package org.jamanda.net.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans a site's ports: sizes the three range options by the chapter's two summaries, judges the
 * configured ranges, and lists the inbound ports per side.
 *
 * <p>Pure and thread-safe: no I/O, the services file comes with the input.
 *
 * <pre>
 * inparallel 10, maxdumps 8, auth bsd:
 *   unreserved-tcp-port needs max(2 x 10, 3 x 8) = 24 ports (Amanda 3.5 with STATE: 32)
 *   reserved-udp-port   needs 10 privileged ports
 * </pre>
 */
public final class PortPlanner {
  private PortPlanner() {}

  /** Makes the plan for {@code input}. */
  public static PortPlan plan(PortPlanInput input) {
    List<PortNeed> needs = NeedTable.needs(input);
    List<RangeCheck> ranges = RangeChecker.check(input, needs);
    SidePlan tapeServer = InboundPlanner.tapeServer(input);
    SidePlan client = InboundPlanner.client(input);
    List<String> warnings = warnings(input, ranges, client);
    return new PortPlan(input, needs, ranges, tapeServer, client, warnings);
  }

  private static List<String> warnings(
      PortPlanInput input, List<RangeCheck> ranges, SidePlan client) {
    List<String> warnings = new ArrayList<>();
    for (RangeCheck check : ranges) {
      if (check.verdict() == Verdict.OK && check.usable() < check.needWithState()) {
        warnings.add(stateStreamWarning(input, check));
      }
    }
    client.amandaHelperPort().ifPresent(port -> warnings.add(helperWarning(port)));
    return warnings;
  }

  private static String helperWarning(int port) {
    return String.format(
        "unreserved-tcp-port is not set: bsd and bsdudp data streams are let in by the kernel's"
            + " amanda conntrack helper on %d/udp; a helper that does not know STATE"
            + " leaves 3.5's fourth stream blocked",
        port);
  }

  private static String stateStreamWarning(PortPlanInput input, RangeCheck check) {
    return String.format(
        "%s: Amanda 3.5 with amgtar opens a fourth stream, STATE: a client running %d dumps at"
            + " once needs %d ports, %d usable",
        check.option().optionName(),
        input.largestMaxdumps(),
        check.needWithState(),
        check.usable());
  }
}
