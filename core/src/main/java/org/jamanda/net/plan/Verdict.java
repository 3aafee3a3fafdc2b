package org.jamanda.net.plan;

/** What the planner thinks of one configured port range. */
public enum Verdict {
  /** Set, in the right privilege class, and large enough after skipping named ports. */
  OK,
  /** Fewer usable ports than the configuration needs. */
  TOO_SMALL,
  /** An unreserved range reaching below 1024, or a reserved range reaching 1024 or above. */
  WRONG_CLASS,
  /** Not configured: Amanda's fallback applies, and the firewall cannot be narrowed to it. */
  NOT_SET;

  /** True when Amanda cannot work with the range as configured. */
  public boolean cannotWork() {
    return this == TOO_SMALL || this == WRONG_CLASS;
  }
}
