package org.jamanda.testing.amanda;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jamanda.net.ServicesFile;

/**
 * Picks ports for the fixtures' listeners in a private range, {@value #LOW}..{@value #HIGH}: far
 * from Amanda's 10080..10083, below the kernel's ephemeral range, and clear of every port the
 * system's services file names.
 *
 * <p>Thread-safe. A port handed out is not handed out again by this JVM; a port another process
 * holds is skipped. The check and the later bind are not atomic (inetd must be told a fixed port),
 * so a listener that cannot bind fails loudly instead of sharing a port.
 */
public final class PrivatePorts {
  /** The first port of the range. */
  public static final int LOW = 31000;

  /** The last port of the range. */
  public static final int HIGH = 31999;

  // The build machine's management service; never touched, whatever the range becomes.
  private static final int FORBIDDEN = 2024;

  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private PrivatePorts() {}

  /**
   * Returns a port that no socket of the given transports uses now, that the services file names
   * for none of them, and that this JVM has not handed out before. The search starts at a random
   * place, so parallel builds seldom race for the same port.
   *
   * @throws IOException when the range has no such port, or a table cannot be read
   */
  public static int pick(Transport... transports) throws IOException {
    ServicesFile services = ServicesFile.read(ServicesFile.SYSTEM);
    int size = HIGH - LOW + 1;
    int start = ThreadLocalRandom.current().nextInt(size);
    for (int i = 0; i < size; i++) {
      int port = LOW + (start + i) % size;
      if (isUsable(port, List.of(transports), services) && HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IOException("no free port in " + LOW + ".." + HIGH + " for " + List.of(transports));
  }

  private static boolean isUsable(int port, List<Transport> transports, ServicesFile services)
      throws IOException {
    if (port == FORBIDDEN || HANDED_OUT.contains(port)) {
      return false;
    }
    for (Transport transport : transports) {
      if (services.nameOf(port, transport.protocol()).isPresent()
          || BoundSockets.isPortInUse(transport, port)) {
        return false;
      }
    }
    return true;
  }
}
