package org.jamanda.net.plan;

import java.util.List;
import java.util.OptionalInt;

/**
 * What one side's firewall must let in.
 *
 * @param side the side
 * @param rules the inbound rules, in a stable order
 * @param amandaHelperPort when present, the UDP port whose flows get the kernel's amanda conntrack
 *     helper, which lets in the data streams that a REP's CONNECT line announces (used when
 *     unreserved-tcp-port is not set, so no range can be opened)
 */
public record SidePlan(Side side, List<InboundRule> rules, OptionalInt amandaHelperPort) {
  public SidePlan {
    rules = List.copyOf(rules);
  }
}
