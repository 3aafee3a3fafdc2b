package org.jamanda.net.plan;

import java.util.List;

/**
 * The result of planning a site's ports: needs per auth and side, a verdict per range option, and
 * the inbound ports of each side. Immutable; render it with {@link PortPlanReport}, {@link
 * NftRuleset} or {@link IptablesRules}.
 *
 * @param input what the plan was made from
 * @param needs ports needed per auth, side and range
 * @param ranges one check per {@link RangeOption}, in declaration order
 * @param tapeServer the tape server's inbound ports
 * @param client the clients' inbound ports
 * @param warnings findings that do not stop Amanda but that an operator should read
 */
public record PortPlan(
    PortPlanInput input,
    List<PortNeed> needs,
    List<RangeCheck> ranges,
    SidePlan tapeServer,
    SidePlan client,
    List<String> warnings) {

  public PortPlan {
    needs = List.copyOf(needs);
    ranges = List.copyOf(ranges);
    warnings = List.copyOf(warnings);
  }

  /** True when some range is too small or in the wrong privilege class: Amanda cannot work. */
  public boolean cannotWork() {
    return ranges.stream().anyMatch(check -> check.verdict().cannotWork());
  }

  /** The check of {@code option}. */
  public RangeCheck range(RangeOption option) {
    for (RangeCheck check : ranges) {
      if (check.option() == option) {
        return check;
      }
    }
    throw new IllegalStateException("plan has no check of " + option.optionName());
  }

  /** The inbound plan of {@code side}. */
  public SidePlan side(Side side) {
    return side == Side.TAPE_SERVER ? tapeServer : client;
  }
}
