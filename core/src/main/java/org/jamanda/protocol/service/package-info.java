/**
 * The bodies of amandad's service requests and replies as records: the DLE list that selfcheck,
 * sendsize and sendbackup receive (XML or Amanda 2's text lines), and the selfcheck reply with its
 * client messages (JSON or {@code OK}/{@code ERROR} lines).
 *
 * <p>Pure, like the rest of {@code protocol}: no sockets, threads, files, logging or config.
 * Parsers throw {@link org.jamanda.protocol.MalformedPacketException} naming the line and column of
 * the body and quoting the input. May import {@code org.jamanda.protocol} and {@code
 * org.jamanda.common} only.
 */
package org.jamanda.protocol.service;
