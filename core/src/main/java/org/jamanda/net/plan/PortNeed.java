package org.jamanda.net.plan;

/**
 * How many ports of one range one side needs for one auth, and why.
 *
 * @param auth the auth method that causes the need
 * @param side the host that binds the ports
 * @param range the option whose range the ports come from
 * @param ports the count by the chapter's rules
 * @param portsWithState the count when Amanda 3.5 opens its fourth data stream, STATE (amgtar and
 *     other application-API programs); equal to {@code ports} where STATE changes nothing
 * @param why one line saying what the ports are for and how the count is made
 */
public record PortNeed(
    Auth auth, Side side, RangeOption range, int ports, int portsWithState, String why) {}
