package org.jamanda.testing.amanda;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock that serialises fixtures which change one machine-wide file (such as {@code
 * /etc/amandahosts}) across threads of this JVM and across other test JVMs on the machine: a {@code
 * java.util.concurrent} lock inside the JVM, an advisory file lock between JVMs.
 *
 * <p>Acquired by {@link #acquire}, released by {@link #close}; the kernel drops the file lock if
 * the JVM dies. Not reentrant: a thread that asks twice is told so at once.
 */
final class MachineLock implements AutoCloseable {
  private static final Path DIRECTORY = Path.of("/run/lock");
  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
  private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

  private final FileChannel channel;
  private final FileLock lock;

  private MachineLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Waits up to {@code timeout} for the lock named {@code name}.
   *
   * @throws IOException when another holder keeps it longer than {@code timeout}
   */
  static MachineLock acquire(String name, Duration timeout)
      throws IOException, InterruptedException {
    if (IN_THIS_JVM.isHeldByCurrentThread()) {
      throw new IllegalStateException("this thread already holds the machine lock " + name);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!IN_THIS_JVM.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      throw new IOException("another test of this JVM held lock " + name + " for " + timeout);
    }
    try {
      return lockFile(DIRECTORY.resolve("jamanda-" + name + ".lock"), deadline, timeout);
    } catch (IOException | InterruptedException | RuntimeException e) {
      IN_THIS_JVM.unlock();
      throw e;
    }
  }

  private static MachineLock lockFile(Path file, long deadline, Duration timeout)
      throws IOException, InterruptedException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new MachineLock(channel, lock);
        }
        if (System.nanoTime() - deadline > 0) {
          throw new IOException("another process held " + file + " for " + timeout);
        }
        // Polling with a deadline: FileChannel.lock() cannot be given a timeout.
        TimeUnit.NANOSECONDS.sleep(POLL_INTERVAL.toNanos());
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // another channel of this JVM still holds it while being closed
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      try {
        channel.close();
      } finally {
        IN_THIS_JVM.unlock();
      }
    }
  }
}
