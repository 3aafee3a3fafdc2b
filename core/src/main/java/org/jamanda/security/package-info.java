/**
 * Who may talk to amandad, and over which channel: the {@code SecurityDriver} SPI with one
 * subpackage per auth (bsd, bsdudp, bsdtcp, ssl, local), and the peer checks every driver shares,
 * such as {@link org.jamanda.security.HostAccessPolicy} for {@code .amandahosts}.
 *
 * <p>Allowed arrows: {@code org.jamanda.protocol}, {@code org.jamanda.net}, {@code
 * org.jamanda.config}, {@code org.jamanda.common}, this package, the JDK and SLF4J.
 */
package org.jamanda.security;
