package org.jamanda.testing.netns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long-running process started inside a namespace by {@link NetnsTestBed#start}. Its standard
 * output and error are merged and read line by line on a daemon thread.
 *
 * <p>Thread-safe. Closing it (or the bed) kills it; closing twice is harmless.
 */
public final class NamespaceProcess implements AutoCloseable {
  /** How long a process gets between SIGTERM and SIGKILL, and after SIGKILL. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(3);

  /** How often a waiting caller looks whether the output has ended. */
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final Logger log = LoggerFactory.getLogger(NamespaceProcess.class);

  private final NetworkNamespace namespace;
  private final List<String> command;
  private final Process process;
  private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
  // Guarded by itself: the reader thread appends, callers read.
  private final StringBuilder transcript = new StringBuilder();
  private final Thread reader;

  private NamespaceProcess(NetworkNamespace namespace, List<String> command, Process process) {
    this.namespace = namespace;
    this.command = List.copyOf(command);
    this.process = process;
    this.reader = new Thread(this::readOutput, "jt-output-" + process.pid());
    reader.setDaemon(true);
  }

  /** Wraps a just-started {@code process} and starts reading its output. */
  static NamespaceProcess started(
      NetworkNamespace namespace, List<String> command, Process process) {
    NamespaceProcess started = new NamespaceProcess(namespace, command, process);
    started.reader.start();
    return started;
  }

  public NetworkNamespace namespace() {
    return namespace;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the process has written so far. */
  public String output() {
    synchronized (transcript) {
      return transcript.toString();
    }
  }

  /**
   * Waits up to {@code timeout} for an output line that {@code matches}, skipping others, and
   * returns it. Fails with the output so far when the time runs out or the process ends first.
   */
  public String awaitLine(Predicate<String> matches, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + BoundedCommand.scale(timeout).toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new CommandFailedException(awaitFailure("no matching line in time"));
        }
        String line = unread.poll(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
        if (line != null && matches.test(line)) {
          return line;
        }
        // The reader ends at end of output, after the process (and its children) ended.
        if (line == null && !reader.isAlive() && unread.isEmpty()) {
          throw new CommandFailedException(awaitFailure("process ended without the line"));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted waiting for output of " + describe());
    }
  }

  /** Waits up to {@code timeout} for the line {@code expected}, exactly. */
  public String awaitLine(String expected, Duration timeout) throws IOException {
    return awaitLine(expected::equals, timeout);
  }

  /** Kills the process: SIGTERM, then SIGKILL if it lingers. Bounded; idempotent. */
  @Override
  public void close() throws IOException {
    if (!process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new CommandFailedException("process would not die: " + describe());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted stopping " + describe());
    }
    log.debug("process stopped pid={} ns={}", process.pid(), namespace);
  }

  private void readOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        synchronized (transcript) {
          transcript.append(line).append('\n');
        }
        unread.add(line);
      }
    } catch (IOException e) {
      // The stream closes when the process is killed; what was read stays in the transcript.
      log.debug("output closed pid={} reason={}", process.pid(), e.toString());
    }
  }

  private String awaitFailure(String why) {
    return why + " from " + describe() + "\noutput:\n" + output();
  }

  private String describe() {
    return "pid " + process.pid() + " in " + namespace + ": " + String.join(" ", command);
  }
}
