/**
 * The tape server's state between runs, in Amanda 3.5.1's on-disk formats: run logs ({@code
 * log.<timestamp>.<n>}) and the per-DLE curinfo {@code info} files.
 *
 * <p>Belongs here: pure readers and writers of those files, their typed records and the host and
 * disk name sanitising used for their paths. Does not belong here: deciding levels (the planner),
 * rendering reports, index files ({@code org.jamanda.index}). Imports only the JDK, SLF4J and
 * {@code org.jamanda.common}.
 */
package org.jamanda.server.catalog;
