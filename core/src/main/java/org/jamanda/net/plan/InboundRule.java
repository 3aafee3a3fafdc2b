package org.jamanda.net.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jamanda.net.PortRange;

/**
 * One kind of packet a side's firewall must let in: to {@code ports}, optionally only from {@code
 * sourcePorts}, for the listed auths.
 *
 * @param transport TCP or UDP
 * @param ports the destination ports on the side that receives
 * @param sourcePorts the sender's ports, when the rule can be narrowed to them
 * @param auths the auths in use that need the rule, in {@link Auth} order; empty for the legacy
 *     services, which predate the auth option
 * @param purpose what arrives there, one line
 */
public record InboundRule(
    Transport transport,
    PortRange ports,
    Optional<PortRange> sourcePorts,
    Set<Auth> auths,
    String purpose) {

  public InboundRule {
    EnumSet<Auth> sorted = EnumSet.noneOf(Auth.class);
    sorted.addAll(auths);
    auths = Collections.unmodifiableSet(sorted);
  }

  /** The auths as a report lists them, e.g. "bsd, bsdudp"; "legacy" when there are none. */
  public String authNames() {
    if (auths.isEmpty()) {
      return "legacy";
    }
    StringBuilder names = new StringBuilder();
    for (Auth auth : auths) {
      names.append(names.length() == 0 ? "" : ", ").append(auth.configName());
    }
    return names.toString();
  }
}
