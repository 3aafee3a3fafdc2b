/**
 * A test bed of Linux network namespaces for tests that run as root: namespaces with unique {@code
 * jt-} names, veth links with private addresses that exist only inside them, bounded commands and
 * long-running processes inside a namespace, and nftables rule sets loaded there.
 *
 * <p>Nothing here touches the host's own interfaces, addresses, routes or firewall: every link is
 * created inside a namespace the bed made, and everything the bed made is removed when it closes.
 * Depends on iproute2 ({@code ip}) and, for firewalls, nftables ({@code nft}).
 */
package org.jamanda.testing.netns;
