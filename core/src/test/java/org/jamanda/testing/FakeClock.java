package org.jamanda.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that only moves when a test moves it. Thread-safe. */
public final class FakeClock extends Clock {
  private volatile Instant now;

  public FakeClock() {
    this(Instant.parse("2026-12-03T02:00:00Z"));
  }

  public FakeClock(Instant start) {
    this.now = start;
  }

  public void setInstant(Instant instant) {
    this.now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
