package org.jamanda.net.plan;

/** The two kinds of host a port plan speaks about. */
public enum Side {
  /** The Amanda server: planner, driver, dumpers, taper, amindexd, amidxtaped. */
  TAPE_SERVER("tape server", "server"),
  /** A backup client: amandad and the services it runs (sendbackup, sendsize, selfcheck). */
  CLIENT("client", "client");

  private final String label;
  private final String shortName;

  Side(String label, String shortName) {
    this.label = label;
    this.shortName = shortName;
  }

  /** How a report names the side, e.g. "tape server". */
  public String label() {
    return label;
  }

  /** One lower-case word for table and chain names, e.g. "server". */
  public String shortName() {
    return shortName;
  }
}
