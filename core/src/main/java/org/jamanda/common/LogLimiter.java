package org.jamanda.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Caps how often one kind of log line is written, so a flood of hostile packets cannot flood the
 * log: at most {@code burst} lines per interval, and the first line after a quiet spell says how
 * many were held back. Thread-safe.
 */
public final class LogLimiter {
  private final int burst;
  private final Duration interval;
  private final Clock clock;
  private Instant windowStart;
  private int written;
  private long suppressed;

  public LogLimiter(int burst, Duration interval, Clock clock) {
    this.burst = burst;
    this.interval = interval;
    this.clock = clock;
    this.windowStart = clock.instant();
  }

  /**
   * Asks to write one line. Returns -1 when the line must be held back, else the number of lines
   * held back since the last one written (0 usually), for the caller to mention.
   */
  public synchronized long tryAcquire() {
    Instant now = clock.instant();
    if (Duration.between(windowStart, now).compareTo(interval) >= 0) {
      windowStart = now;
      written = 0;
    }
    if (written >= burst) {
      suppressed++;
      return -1;
    }
    written++;
    long held = suppressed;
    suppressed = 0;
    return held;
  }
}
