/**
 * The {@code .amandahosts} file: which peer host and remote user may run which amandad service.
 *
 * <p>{@link org.jamanda.config.hosts.AmandaHosts} reads and parses the file exactly as Amanda 3.5
 * does ({@code check_user_amandahosts} in security-util.c), including its ownership and mode
 * checks, and answers whether a line matches a request. Turning the answer into a NAK is the job of
 * {@code org.jamanda.security.HostAccessPolicy}. No sockets and no DNS here: the peer's name is
 * always an input.
 *
 * <p>Allowed arrows: {@code org.jamanda.common}, this package, the JDK and SLF4J.
 */
package org.jamanda.config.hosts;
