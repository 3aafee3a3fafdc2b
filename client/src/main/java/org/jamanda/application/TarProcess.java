package org.jamanda.application;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one GNU tar command without a shell: pumps the caller's input into tar or tar's output to
 * the caller in the calling thread, sorts stderr in a helper thread, and waits at most a given
 * time. One instance per run; not thread-safe.
 */
final class TarProcess {
  private static final Logger log = LoggerFactory.getLogger(TarProcess.class);
  private static final int COPY_BUFFER_BYTES = 64 * 1024;
  private static final File DEV_NULL = new File("/dev/null");

  private final List<String> command;
  private final Duration timeout;
  private final TarStderr stderr = new TarStderr();
  private volatile IOException stderrFailure;
  private volatile boolean killed;

  TarProcess(List<String> command, Duration timeout) {
    this.command = List.copyOf(command);
    this.timeout = timeout;
  }

  /** Runs tar with stdin from /dev/null, copying its stdout to {@code out}; returns the bytes. */
  long runWriting(OutputStream out) throws IOException {
    Process process = start(false);
    Thread reader = readStderr(process);
    long copied;
    try (InputStream stdout = process.getInputStream()) {
      copied = copy(stdout, out);
    } catch (IOException e) {
      process.destroyForcibly();
      throw new IOException("copying the output of " + command.get(0) + ": " + e.getMessage(), e);
    }
    finish(process, reader);
    return copied;
  }

  /** Runs tar with its stdout discarded, feeding {@code in} to its stdin. */
  void runReading(InputStream in) throws IOException {
    Process process = start(true);
    Thread reader = readStderr(process);
    try (OutputStream stdin = process.getOutputStream()) {
      copy(in, stdin);
    } catch (IOException e) {
      // tar may stop reading early (e.g. after an error); its exit status tells the story.
      log.debug("event=tar_stdin_closed cause={}", e.getMessage());
    }
    finish(process, reader);
  }

  /** What tar printed on stderr; complete once a run method has returned. */
  TarStderr stderr() {
    return stderr;
  }

  /** Starts tar; {@code feedStdin} pipes its stdin and discards stdout, else the reverse. */
  private Process start(boolean feedStdin) throws IOException {
    log.debug("event=tar_start command={}", command);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (feedStdin) {
      builder.redirectInput(ProcessBuilder.Redirect.PIPE);
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    } else {
      builder.redirectInput(ProcessBuilder.Redirect.from(DEV_NULL));
      builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    }
    killAfterTimeout(process);
    return process;
  }

  /** Bounds every wait on this tar, including a blocked read of its output: kills it in time. */
  private void killAfterTimeout(Process process) {
    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              if (process.isAlive()) {
                killed = true;
                log.warn("event=tar_killed command={} timeout={}", command.get(0), timeout);
                process.destroyForcibly();
              }
            });
  }

  private Thread readStderr(Process process) {
    Thread reader =
        new Thread(
            () -> {
              try (InputStream err = new BufferedInputStream(process.getErrorStream())) {
                stderr.readAll(err);
              } catch (IOException e) {
                stderrFailure = e;
              }
            },
            "tar-stderr");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private void finish(Process process, Thread reader) throws IOException {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " ran longer than " + timeout);
      }
      reader.join(timeout.toMillis());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for " + command.get(0), e);
    }
    if (killed) {
      throw new IOException(command.get(0) + " ran longer than " + timeout + " and was killed");
    }
    if (stderrFailure != null) {
      throw new IOException("reading the stderr of " + command.get(0), stderrFailure);
    }
    checkExit(process.exitValue());
  }

  /** Status 1 is GNU tar's "some files differ" (changed while read): a warning, as in amgtar. */
  private void checkExit(int status) throws IOException {
    log.debug("event=tar_exit status={}", status);
    if (status == 0 || status == 1) {
      return;
    }
    throw new TarFailedException(command.get(0), status, stderr.messages());
  }

  private static long copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[COPY_BUFFER_BYTES];
    long total = 0;
    int n = in.read(buffer);
    while (n >= 0) {
      out.write(buffer, 0, n);
      total += n;
      n = in.read(buffer);
    }
    return total;
  }
}
