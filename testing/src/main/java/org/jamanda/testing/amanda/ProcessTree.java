package org.jamanda.testing.amanda;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a process and everything it started (runuser's child, inetd's servers), politely first and
 * then by force, never waiting longer than the grace time given.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProcessTree {
  private static final Logger log = LoggerFactory.getLogger(ProcessTree.class);

  private ProcessTree() {}

  /**
   * Sends SIGTERM to {@code root} and its descendants, waits up to {@code grace} for each, then
   * sends SIGKILL to whatever is left.
   *
   * @return true when every process had ended by the time this returns
   */
  public static boolean stop(ProcessHandle root, Duration grace) throws InterruptedException {
    // Children are listed before the parent dies: once it has, they are reparented and lost.
    List<ProcessHandle> all =
        Stream.concat(root.descendants(), Stream.of(root)).collect(Collectors.toList());
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    boolean ended = true;
    for (ProcessHandle handle : all) {
      long left = Math.max(0, deadline - System.nanoTime());
      if (!awaitExit(handle, left)) {
        log.debug("process ignored SIGTERM, killing pid={}", handle.pid());
        handle.destroyForcibly();
        ended &= awaitExit(handle, TimeUnit.SECONDS.toNanos(2));
      }
    }
    return ended;
  }

  private static boolean awaitExit(ProcessHandle handle, long nanos) throws InterruptedException {
    try {
      handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      // onExit never completes exceptionally; treat the process as gone.
      return true;
    }
  }
}
