/**
 * amandad's client services: {@code noop} and {@code selfcheck} (amcheck's client check), with the
 * checks they run against this host. Each service is a {@link org.jamanda.daemon.Service}; request
 * and reply bodies are the records of {@code org.jamanda.protocol.service}.
 *
 * <p>Checks touch the real file system and run GNU tar; the messages they produce keep Amanda
 * 3.5.1's codes and wording so amcheck reads them as it reads Amanda's. Must not import server
 * code.
 */
package org.jamanda.daemon.service;
