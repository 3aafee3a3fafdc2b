package org.jamanda.testing.amanda;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A safety net for fixtures that change the machine: if the test JVM exits (normally, or on SIGTERM
 * from a build timeout) before a fixture is closed, the cleanup still runs as a shutdown hook. A
 * fixture cancels it in {@code close()}. SIGKILL cannot be caught; nothing helps then.
 *
 * <p>Thread-safe.
 */
final class ExitCleanup {
  private static final Logger log = LoggerFactory.getLogger(ExitCleanup.class);

  /** A cleanup step that may fail. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  private final Thread hook;

  private ExitCleanup(Thread hook) {
    this.hook = hook;
  }

  /** Registers {@code step} to run at JVM exit unless {@link #cancel} is called first. */
  static ExitCleanup register(String what, Step step) {
    Thread hook = new Thread(() -> runQuietly(what, step), "exit-cleanup-" + what);
    Runtime.getRuntime().addShutdownHook(hook);
    return new ExitCleanup(hook);
  }

  /** Unregisters the hook; during JVM shutdown it cannot be, and then it runs as planned. */
  void cancel() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already exiting and runs the hook itself.
    }
  }

  private static void runQuietly(String what, Step step) {
    try {
      step.run();
      log.warn("cleaned up at JVM exit what={}", what);
    } catch (Exception e) {
      log.error("cleanup at JVM exit failed what={}", what, e);
    }
  }
}
