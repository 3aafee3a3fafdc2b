package org.jamanda.config.hosts;

import java.util.Set;

/**
 * The amandad service names that {@code .amandahosts} knows about, spelled as on the wire.
 *
 * <p>Constants only; thread-safe.
 */
public final class ServiceNames {
  /** Answers that amandad is alive. */
  public static final String NOOP = "noop";

  /** amcheck's client checks. */
  public static final String SELFCHECK = "selfcheck";

  /** The planner's estimates. */
  public static final String SENDSIZE = "sendsize";

  /** The dumper's backup of one DLE. */
  public static final String SENDBACKUP = "sendbackup";

  /** The {@code .amandahosts} shorthand for the four services a backup server needs. */
  public static final String AMDUMP = "amdump";

  /** The index server that amrecover talks to. */
  public static final String AMINDEXD = "amindexd";

  /** The tape server that amrecover talks to. */
  public static final String AMIDXTAPED = "amidxtaped";

  /** What {@link #AMDUMP} stands for, and what a line without services allows. */
  public static final Set<String> AMDUMP_MEMBERS = Set.of(NOOP, SELFCHECK, SENDSIZE, SENDBACKUP);

  /**
   * Every name amandad 3.5 can run (its {@code services[]} table in amandad.c) plus {@link
   * #AMDUMP}. A file may list other words; they then match only a request for that exact word.
   */
  public static final Set<String> KNOWN =
      Set.of(
          NOOP,
          SELFCHECK,
          SENDSIZE,
          SENDBACKUP,
          AMDUMP,
          AMINDEXD,
          AMIDXTAPED,
          "amdumpd",
          "senddiscover",
          "restore",
          "ambackupd");

  private ServiceNames() {}

  /** True for noop, selfcheck, sendsize and sendbackup: the services {@code amdump} covers. */
  public static boolean isAmdumpMember(String service) {
    return AMDUMP_MEMBERS.contains(service);
  }

  /** True for the two services amrecover needs on the server. */
  public static boolean isRecoveryService(String service) {
    return AMINDEXD.equals(service) || AMIDXTAPED.equals(service);
  }
}
