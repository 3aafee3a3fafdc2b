package org.jamanda.common;

import java.time.Duration;

/**
 * Runs tasks after a delay. Protocol timers go through this interface so that tests can replace
 * real time with a manual clock and run ten timeouts in a millisecond.
 *
 * <p>Implementations are thread-safe; a task may run on any thread.
 */
public interface Scheduler {
  /** Runs {@code task} once, {@code delay} from now. */
  Timer schedule(Duration delay, Runnable task);

  /** A scheduled task that has not run yet can be cancelled; cancelling later does nothing. */
  interface Timer {
    void cancel();
  }
}
