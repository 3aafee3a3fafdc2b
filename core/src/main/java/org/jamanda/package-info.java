/**
 * jamanda: a network backup system for the JVM that implements Amanda's network design and speaks
 * Amanda 3.5's protocols.
 *
 * <p>Glossary, in Amanda's words:
 *
 * <ul>
 *   <li><b>DLE</b>: a disklist entry, one host and disk (directory) to back up.
 *   <li><b>amandad</b>: the daemon on every client; it listens on port 10080 and runs services.
 *   <li><b>holding disk</b>: server-side staging area where dumps land before they go to tape.
 *   <li><b>dumpcycle, runspercycle</b>: the days within which every DLE gets a full (level 0) dump,
 *       and how many runs happen in that time.
 *   <li><b>curinfo</b>: per-DLE history of dump levels, sizes and dates.
 *   <li><b>tapelist</b>: the labelled volumes and when each was last written.
 *   <li><b>estimate</b>: the size a dump at a given level is expected to have (sendsize).
 *   <li><b>amindexd, amidxtaped</b>: the index and tape servers that amrecover talks to.
 * </ul>
 */
package org.jamanda;
