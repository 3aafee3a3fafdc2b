package org.jamanda.it.net;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jamanda.net.BoundDatagram;
import org.jamanda.net.NoPrivilegeException;
import org.jamanda.net.PortAllocator;
import org.jamanda.net.PortRange;
import org.jamanda.net.PortSettings;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.StreamConnection;
import org.jamanda.net.StreamListener;

/**
 * A child-JVM program for {@link PrivilegedPortWithoutRootTest}: run as an unprivileged user, it
 * tries one port routine on loopback and prints what happened. Exit codes: 0 done, 3 refused for
 * lack of privilege, 4 other failure, 2 usage.
 */
public final class UnprivilegedPortProbe {
  private static final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private UnprivilegedPortProbe() {}

  public static void main(String[] args) {
    String mode = args.length == 1 ? args[0] : "";
    int code;
    try {
      switch (mode) {
        case "privileged-client" -> code = privilegedClient();
        case "datagram" -> code = datagram();
        default -> {
          out.println("usage: UnprivilegedPortProbe privileged-client|datagram");
          code = 2;
        }
      }
    } catch (IOException e) {
      out.println("failed: " + e);
      code = 4;
    }
    System.exit(code);
  }

  private static PortAllocator allocator() {
    return new PortAllocator(
        PortSettings.defaults(ServicesFile.empty())
            .withBindAddress(InetAddress.getLoopbackAddress())
            .withUnreservedTcpPort(new PortRange(28510, 28511))
            .withConnectTimeout(Duration.ofSeconds(5)));
  }

  private static int privilegedClient() throws IOException {
    PortAllocator allocator = allocator();
    try (StreamListener listener = allocator.openStreamServer();
        StreamConnection client = allocator.connectPrivilegedStream(listener.localAddress())) {
      out.println("connected from port " + client.localPort().port());
      return 0;
    } catch (NoPrivilegeException e) {
      out.println("refused: " + e.getMessage());
      return 3;
    }
  }

  // Binds twice, so that the test sees how often the missing privilege is reported.
  private static int datagram() throws IOException {
    PortAllocator allocator = allocator();
    try (BoundDatagram first = allocator.bindDatagram();
        BoundDatagram second = allocator.bindDatagram()) {
      for (BoundDatagram datagram : List.of(first, second)) {
        out.println(
            "datagram step="
                + datagram.localPort().step()
                + " port="
                + datagram.localPort().port());
      }
      return 0;
    }
  }
}
