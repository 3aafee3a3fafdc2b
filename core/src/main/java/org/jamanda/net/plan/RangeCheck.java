package org.jamanda.net.plan;

import java.util.List;
import java.util.Optional;
import org.jamanda.net.PortRange;

/**
 * The planner's finding on one range option: how many ports the site needs from it, how many it
 * offers, and the verdict.
 *
 * @param option the range option
 * @param range the configured range, empty when not set
 * @param need the ports needed by the chapter's rules: the largest need of any auth and side
 * @param needWithState the same with Amanda 3.5's STATE stream counted
 * @param named ports of the range that the services file gives to another service
 * @param namedExamples up to {@value RangeChecker#MAX_EXAMPLES} of them as "port/name"
 * @param usable size minus named; 0 when not set
 * @param verdict what the planner thinks of the range
 * @param note why the verdict, or what happens without the range; empty when nothing to add
 */
public record RangeCheck(
    RangeOption option,
    Optional<PortRange> range,
    int need,
    int needWithState,
    int named,
    List<String> namedExamples,
    int usable,
    Verdict verdict,
    String note) {

  public RangeCheck {
    namedExamples = List.copyOf(namedExamples);
  }

  /** The configured size, 0 when not set. */
  public int size() {
    return range.map(PortRange::size).orElse(0);
  }
}
