package org.jamanda.net.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.net.PortRange;
import org.jamanda.net.ServicesFile;

/** Compares each configured range with what the auths in use need from it. */
final class RangeChecker {
  /** How many named ports a check quotes. */
  static final int MAX_EXAMPLES = 3;

  private RangeChecker() {}

  static List<RangeCheck> check(PortPlanInput input, List<PortNeed> needs) {
    List<RangeCheck> checks = new ArrayList<>();
    for (RangeOption option : RangeOption.values()) {
      checks.add(check(option, input.range(option), needs, input.services()));
    }
    return checks;
  }

  static RangeCheck check(
      RangeOption option, Optional<PortRange> range, List<PortNeed> needs, ServicesFile services) {
    int need = 0;
    int needWithState = 0;
    for (PortNeed n : needs) {
      if (n.range() == option) {
        need = Math.max(need, n.ports());
        needWithState = Math.max(needWithState, n.portsWithState());
      }
    }
    if (range.isEmpty()) {
      String note = need == 0 ? "not needed by the auths in use" : Fallbacks.whenNotSet(option);
      return new RangeCheck(
          option, range, need, needWithState, 0, List.of(), 0, Verdict.NOT_SET, note);
    }

    PortRange set = range.get();
    String protocol = option.transport().keyword();
    int named = services.countOwnedByOthers(set, protocol);
    int usable = set.size() - named;
    List<String> examples = namedExamples(set, protocol, services);
    Verdict verdict = verdict(option, set, need, usable);
    String note = note(option, set, need, usable, verdict);
    return new RangeCheck(
        option, range, need, needWithState, named, examples, usable, verdict, note);
  }

  // Class first: a range in the wrong class fails however large it is.
  private static Verdict verdict(RangeOption option, PortRange range, int need, int usable) {
    boolean rightClass = option.isPrivileged() ? range.isPrivileged() : range.isUnprivileged();
    if (!rightClass) {
      return Verdict.WRONG_CLASS;
    }
    return usable < need ? Verdict.TOO_SMALL : Verdict.OK;
  }

  private static String note(
      RangeOption option, PortRange range, int need, int usable, Verdict verdict) {
    return switch (verdict) {
      case WRONG_CLASS -> wrongClassNote(option, range);
      case TOO_SMALL ->
          String.format("%d usable ports, %d needed: widen it by %d", usable, need, need - usable);
      case OK -> need == 0 ? "not needed by the auths in use" : "";
      case NOT_SET -> throw new AssertionError("a set range has no NOT_SET verdict");
    };
  }

  private static String wrongClassNote(RangeOption option, PortRange range) {
    if (option.isPrivileged()) {
      return String.format(
          "ports %d..%d are not privileged: amandad refuses requests from them",
          Math.max(range.low(), PortRange.FIRST_UNPRIVILEGED), range.high());
    }
    return String.format(
        "ports %d..%d are privileged: sendbackup and taper do not run as root and cannot bind them;"
            + " Amanda 3.5 rejects the option",
        range.low(), Math.min(range.high(), PortRange.FIRST_UNPRIVILEGED - 1));
  }

  private static List<String> namedExamples(
      PortRange range, String protocol, ServicesFile services) {
    List<String> examples = new ArrayList<>();
    for (int port = range.low(); port <= range.high() && examples.size() < MAX_EXAMPLES; port++) {
      if (services.isOwnedByOtherService(port, protocol)) {
        examples.add(port + "/" + services.nameOf(port, protocol).orElse("?"));
      }
    }
    return examples;
  }
}
