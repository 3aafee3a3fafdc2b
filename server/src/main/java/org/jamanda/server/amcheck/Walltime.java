package org.jamanda.server.amcheck;

import java.time.Duration;

/** Elapsed time as amcheck prints it: seconds with three decimals, as {@code walltime_str}. */
final class Walltime {
  private Walltime() {}

  /** E.g. {@code 10.395}. */
  static String seconds(Duration elapsed) {
    long millis = Math.max(0, elapsed.toMillis());
    return String.format("%d.%03d", millis / 1000, millis % 1000);
  }
}
