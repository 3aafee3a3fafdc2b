package org.jamanda.server.amcheck;

import java.io.IOException;
import java.util.Set;
import org.jamanda.net.AllocatedPort;
import org.jamanda.net.BindStep;
import org.jamanda.net.BoundDatagram;
import org.jamanda.net.NoPrivilegeException;
import org.jamanda.net.PortAllocator;
import org.jamanda.net.plan.PortPlan;
import org.jamanda.net.plan.RangeCheck;

/**
 * The port checks jamanda adds to amcheck's server checks (Amanda 3.5 has none): the three range
 * options as the port planner judges them, and whether this process gets the privileged source port
 * the bsd auths need.
 *
 * <pre>
 * ERROR: reserved-udp-port 850,852 is too small: 3 usable ports, 4 needed: widen it by 1
 * ERROR: requests would go out from unprivileged UDP port 40312: no port of 512,1023 could be bound
 * </pre>
 */
final class PortChecks {
  /** The auths whose clients take requests only from ports below 1024. */
  static final Set<String> NEED_PRIVILEGE = Set.of("bsd", "bsdudp", "bsdtcp");

  private PortChecks() {}

  /** One error per range that cannot work; the planner's other findings as notes. */
  static Findings ranges(PortPlan plan, String config) {
    Findings found = Findings.EMPTY;
    for (RangeCheck check : plan.ranges()) {
      if (check.verdict().cannotWork()) {
        found =
            found.withProblem(
                CheckMessage.of(
                    Severity.ERROR,
                    check.option().optionName()
                        + " "
                        + check.range().map(Object::toString).orElse("")
                        + " "
                        + verdictWords(check)
                        + ": "
                        + check.note(),
                    "'jamanda ports " + config + "' shows the whole port plan"));
      }
    }
    for (String warning : plan.warnings()) {
      found = found.withNote(CheckMessage.of(Severity.INFO, warning));
    }
    return found;
  }

  /**
   * Binds the request socket as amcheck would, and reports when its port is not privileged while an
   * auth in {@code auths} needs one.
   */
  static Findings privilege(PortAllocator allocator, Set<String> auths) {
    if (auths.stream().noneMatch(NEED_PRIVILEGE::contains)) {
      return Findings.EMPTY;
    }
    AllocatedPort port;
    try (BoundDatagram bound = allocator.bindDatagram()) {
      port = bound.localPort();
    } catch (IOException e) {
      return Findings.EMPTY.withProblem(
          CheckMessage.of(Severity.ERROR, "cannot bind a UDP socket for requests: " + e));
    }
    if (port.isPrivileged()) {
      return Findings.EMPTY;
    }
    String why =
        port.step() == BindStep.USER_RANGE
            ? "reserved-udp-port gave it, and bsd clients refuse requests from it"
            : "no port of " + allocator.settings().privilegedPorts() + " could be bound";
    return Findings.EMPTY.withProblem(
        CheckMessage.of(
            Severity.ERROR,
            "requests would go out from unprivileged UDP port " + port.port() + ": " + why,
            "jamanda: " + NoPrivilegeException.HINT));
  }

  private static String verdictWords(RangeCheck check) {
    return switch (check.verdict()) {
      case TOO_SMALL -> "is too small";
      case WRONG_CLASS -> "is in the wrong privilege class";
      case OK, NOT_SET -> "is fine";
    };
  }
}
