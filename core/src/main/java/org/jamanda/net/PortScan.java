package org.jamanda.net;

import java.io.IOException;
import java.nio.channels.NetworkChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bounded scan of a port range, as {@code bind_portrange} and {@code connect_portrange} in
 * amutil.c do it: starting at a given port and wrapping at the top, each port is tried at most
 * once, and a port the services file names for another service is skipped untried.
 *
 * <p>A refusal for lack of privilege is not "busy": after the first one on a port below 1024 the
 * scan skips every other port below 1024 untried, and one on a port at or above 1024 (some other
 * rule forbids binding here) ends the scan. Stateless; the attempt decides what a try means.
 */
final class PortScan {
  private static final Logger log = LoggerFactory.getLogger(PortScan.class);

  private PortScan() {}

  /** What one try at one port gave. */
  enum Status {
    BOUND,
    BUSY,
    DENIED
  }

  /**
   * The result of trying one port: a ready channel, or why there is none (the failure then says
   * what the system answered).
   */
  record Attempt<T extends NetworkChannel>(Status status, T channel, IOException failure) {
    static <T extends NetworkChannel> Attempt<T> bound(T channel) {
      return new Attempt<>(Status.BOUND, channel, null);
    }

    static <T extends NetworkChannel> Attempt<T> busy(IOException failure) {
      return new Attempt<>(Status.BUSY, null, failure);
    }

    static <T extends NetworkChannel> Attempt<T> denied(IOException failure) {
      return new Attempt<>(Status.DENIED, null, failure);
    }
  }

  /** Tries one port. Throws when the failure makes trying further ports pointless. */
  @FunctionalInterface
  interface PortAttempt<T extends NetworkChannel> {
    Attempt<T> tryPort(int port) throws IOException;
  }

  /**
   * What a whole scan found: the channel and its port, or counts of why every port failed.
   *
   * @param channel the ready channel, or null when none was had
   * @param port its port, or 0
   * @param busy ports tried and found in use
   * @param denied ports refused, or skipped, for lack of privilege
   * @param skipped ports skipped untried because the services file names them for another service
   */
  record Outcome<T extends NetworkChannel>(T channel, int port, int busy, int denied, int skipped) {
    boolean found() {
      return channel != null;
    }

    /** True when privilege, not a busy port, is what stood in the way. */
    boolean deniedForPrivilege() {
      return !found() && busy == 0 && denied > 0;
    }
  }

  /** Scans {@code range} from {@code first}, wrapping at the top, trying each port at most once. */
  static <T extends NetworkChannel> Outcome<T> scan(
      PortRange range, int first, String protocol, ServicesFile services, PortAttempt<T> attempt)
      throws IOException {
    if (!range.contains(first)) {
      throw new IllegalArgumentException("first port " + first + " outside " + range);
    }
    return new Scan<>(protocol, services, attempt).run(range, first);
  }

  /** The counters of one scan in progress; confined to the scanning thread. */
  private static final class Scan<T extends NetworkChannel> {
    private final String protocol;
    private final ServicesFile services;
    private final PortAttempt<T> attempt;
    private int busy;
    private int denied;
    private int skipped;
    private boolean privilegedDenied;
    private boolean stopped;

    Scan(String protocol, ServicesFile services, PortAttempt<T> attempt) {
      this.protocol = protocol;
      this.services = services;
      this.attempt = attempt;
    }

    Outcome<T> run(PortRange range, int first) throws IOException {
      int port = first;
      for (int tried = 0; tried < range.size(); tried++, port = next(range, port)) {
        T channel = tryPort(port);
        if (channel != null) {
          return new Outcome<>(channel, port, busy, denied, skipped);
        }
        if (stopped) {
          // The ports not tried count as denied: the same rule would refuse them.
          denied += range.size() - tried - 1;
          break;
        }
      }
      return new Outcome<>(null, 0, busy, denied, skipped);
    }

    // Returns the channel when the port was had, null otherwise (counted).
    private T tryPort(int port) throws IOException {
      if (services.isOwnedByOtherService(port, protocol)) {
        log.trace("port skipped, named for another service port={}/{}", port, protocol);
        skipped++;
        return null;
      }
      if (privilegedDenied && PeerPorts.isPrivileged(port)) {
        denied++;
        return null;
      }
      Attempt<T> result = attempt.tryPort(port);
      switch (result.status()) {
        case BOUND -> {
          return result.channel();
        }
        case BUSY -> {
          log.trace("port busy port={}/{} error={}", port, protocol, reason(result));
          busy++;
        }
        case DENIED -> {
          log.debug("port denied port={}/{} error={}", port, protocol, reason(result));
          denied++;
          privilegedDenied = true;
          stopped = !PeerPorts.isPrivileged(port);
        }
      }
      return null;
    }
  }

  private static int next(PortRange range, int port) {
    return port == range.high() ? range.low() : port + 1;
  }

  private static String reason(Attempt<?> result) {
    return result.failure() == null ? "" : result.failure().getMessage();
  }
}
