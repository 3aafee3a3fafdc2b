package org.jamanda.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jamanda.common.Scheduler;

/**
 * A {@link Scheduler} on a {@link FakeClock}: nothing runs until the test advances time, then every
 * task that has come due runs on the test's thread, in time order. Thread-safe.
 */
public final class ManualScheduler implements Scheduler {
  private final FakeClock clock;
  private final List<Task> tasks = new ArrayList<>();
  private long sequence;

  public ManualScheduler(FakeClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Timer schedule(Duration delay, Runnable action) {
    Task task = new Task(clock.instant().plus(delay), sequence++, action);
    tasks.add(task);
    return () -> cancel(task);
  }

  /** Moves the clock forward by {@code step}, running every task that comes due on the way. */
  public void advance(Duration step) {
    Instant end = clock.instant().plus(step);
    for (int guard = 0; guard < 100_000; guard++) {
      Optional<Task> next = nextDueBy(end);
      if (next.isEmpty()) {
        clock.setInstant(end);
        return;
      }
      clock.setInstant(next.get().due());
      next.get().action().run();
    }
    throw new IllegalStateException("more than 100000 tasks ran in one advance");
  }

  /** How many tasks wait to run. */
  public synchronized int pending() {
    return tasks.size();
  }

  private synchronized Optional<Task> nextDueBy(Instant end) {
    Optional<Task> next =
        tasks.stream()
            .filter(t -> !t.due().isAfter(end))
            .min(Comparator.comparing(Task::due).thenComparingLong(Task::sequence));
    next.ifPresent(tasks::remove);
    return next;
  }

  private synchronized void cancel(Task task) {
    tasks.remove(task);
  }

  private record Task(Instant due, long sequence, Runnable action) {}
}
