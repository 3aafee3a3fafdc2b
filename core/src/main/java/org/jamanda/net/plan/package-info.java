/**
 * The port planner behind {@code jamanda ports}: the two sizing summaries and the firewall advice
 * of Amanda's port-usage chapter, turned into a checked plan and firewall rule sets.
 *
 * <p>Belongs here: pure computation over a {@link org.jamanda.net.plan.PortPlanInput} (counts of
 * ports per auth and side, verdicts on configured ranges, inbound ports to open) and the text
 * renderings of its result (report, nftables, iptables). Does not belong here: sockets, reading
 * configuration files, printing. Allowed arrows: {@code org.jamanda.net}, {@code
 * org.jamanda.common}, the JDK.
 */
package org.jamanda.net.plan;
