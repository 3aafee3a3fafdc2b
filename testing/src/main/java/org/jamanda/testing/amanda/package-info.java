/**
 * A harness that drives Debian's real Amanda 3.5.1 from tests, as root: a private xinetd, a
 * throw-away server configuration under {@code /etc/amanda}, a guarded {@code /etc/amandahosts},
 * and Amanda's programs run as the {@code backup} user with bounded waits.
 *
 * <p>Every fixture here is {@link java.lang.AutoCloseable} and puts back what it changed, also when
 * the test fails. Failures carry Amanda's own debug logs of the test's time window (see {@link
 * org.jamanda.testing.amanda.AmandaResult#verify}). Nothing here touches the machine's system
 * xinetd or a port below 1024, and everything listens on 127.0.0.1 only.
 */
package org.jamanda.testing.amanda;
