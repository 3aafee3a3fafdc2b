/**
 * Backup programs that run on the client host: GNU tar dumps, estimates and restores with Amanda's
 * listed-incremental snapshot files, and the {@code amandates} file. Everything here runs the real
 * {@code tar} through {@link java.lang.ProcessBuilder}, never a shell.
 *
 * <p>May import {@code org.jamanda.common}, the JDK and SLF4J; must not import server code.
 */
package org.jamanda.application;
