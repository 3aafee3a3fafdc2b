/**
 * Sockets only: port ranges, the services file, and the chapter's four port routines (stream
 * server, stream client, privileged stream client, datagram bind) with the listener that refuses
 * ftp-data peers.
 *
 * <p>Nothing here parses packets, reads configuration files or decides trust: callers pass the port
 * options as plain values ({@link org.jamanda.net.PortSettings}) and apply trust rules with {@link
 * org.jamanda.net.PeerPorts}. Allowed imports: {@code org.jamanda.common}, this package, the JDK
 * and SLF4J.
 */
package org.jamanda.net;
