package org.jamanda.server.amcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jamanda.daemon.Service;
import org.jamanda.daemon.ServiceException;
import org.jamanda.daemon.ServiceRequest;

/**
 * A selfcheck service for loopback tests: checks that each {@code <disk>} of the request exists and
 * answers in Amanda 3.5's JSON form, or never answers at all. Records every request's arguments.
 * Thread-safe.
 */
final class ScriptedSelfcheck implements Service {
  private static final Pattern DISK = Pattern.compile("<disk>([^<]*)</disk>");

  private final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final boolean hang;

  private ScriptedSelfcheck(boolean hang) {
    this.hang = hang;
  }

  /** Answers every request. */
  static ScriptedSelfcheck answering() {
    return new ScriptedSelfcheck(false);
  }

  /** Acknowledged by amandad, but never answers until {@link #release()}. */
  static ScriptedSelfcheck hanging() {
    return new ScriptedSelfcheck(true);
  }

  @Override
  public String name() {
    return "selfcheck";
  }

  @Override
  public String serve(ServiceRequest request) throws ServiceException {
    requests.add(request.arguments());
    if (hang) {
      awaitRelease();
      throw new ServiceException("released by the test");
    }
    StringBuilder out = new StringBuilder("MESSAGE JSON\n");
    Matcher disks = DISK.matcher(request.arguments());
    String separator = "";
    while (disks.find()) {
      out.append(separator).append(message(disks.group(1)));
      separator = ",\n";
    }
    return out.toString();
  }

  /** The arguments of the next request, waiting up to 5 s. */
  String nextRequest() throws InterruptedException {
    String next = requests.poll(5, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("no selfcheck request within 5 s");
    }
    return next;
  }

  /** Lets a hanging request end. */
  void release() {
    release.countDown();
  }

  private void awaitRelease() throws ServiceException {
    try {
      if (!release.await(30, TimeUnit.SECONDS)) {
        throw new ServiceException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceException("interrupted");
    }
  }

  private static String message(String disk) {
    boolean exists = Files.isDirectory(Path.of(disk));
    String severity = exists ? "success" : "error";
    String text =
        exists ? disk : "could not access " + disk + " (" + disk + "): No such file or directory";
    return "  {\n    \"source_filename\" : \"selfcheck.c\",\n    \"severity\" : \""
        + severity
        + "\",\n    \"code\" : \"3600060\",\n    \"message\" : \""
        + text
        + "\"\n  }";
  }
}
