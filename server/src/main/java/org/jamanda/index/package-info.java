/**
 * The tape server's index files: where they live under {@code indexdir}, writing a dump's INDEX
 * stream as Amanda stores it, and reading the list of paths back the way amindexd finds it.
 *
 * <p>Belongs here: index file names, their storage and lookup, later the index server (amindexd).
 * Does not belong here: run logs and curinfo ({@code org.jamanda.server.catalog}, whose name
 * sanitising this package uses), the dumper's stream handling.
 */
package org.jamanda.index;
