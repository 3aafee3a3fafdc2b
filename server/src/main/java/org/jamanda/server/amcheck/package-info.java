/**
 * amcheck: the tape server's self-checks before a run, as Amanda 3.5.1's amcheck does them.
 *
 * <p>Client checks send {@code noop} and then {@code selfcheck} to every host of the disklist from
 * one UDP socket and print what the clients report; server checks look at the holding disks, the
 * changer and the port ranges. Results are written through a {@link
 * org.jamanda.server.amcheck.Reporter}, in Amanda's words, so that scripts grepping amcheck's
 * output keep working.
 *
 * <p>Belongs here: the checks, the selfcheck request and reply formats, the rendering of messages.
 * Does not belong here: configuration parsing (org.jamanda.config), the request protocol
 * (org.jamanda.exchange), argument parsing and exit (org.jamanda.cli). May import core's packages;
 * never the cli.
 */
package org.jamanda.server.amcheck;
