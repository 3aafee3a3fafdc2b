package org.jamanda.it.ports;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * The prober inside a test namespace, run as its own JVM through {@code ip netns exec}: tries each
 * port named on its command line against one host and prints one line per port, {@code <proto>
 * <port> open|blocked|refused}, then {@code done}.
 *
 * <pre>
 * PortProbe HOST TIMEOUT_MS tcp:50000 udp:10080 udp:850@10080 rep:10080 ...
 *   tcp:P      connect; open, refused (nothing listens) or blocked (no answer in time)
 *   udp:P      send a datagram, expect it echoed: open or blocked
 *   udp:P@S    the same from local port S
 *   rep:P      send a REQ, expect a REP; prints its CONNECT line after "open"
 * </pre>
 */
public final class PortProbe {
  private static final PrintStream OUT = stdout();

  private PortProbe() {}

  public static void main(String[] args) throws IOException {
    InetAddress host = InetAddress.getByName(args[0]);
    int timeoutMillis = Integer.parseInt(args[1]);
    for (int i = 2; i < args.length; i++) {
      String[] spec = args[i].split(":", -1);
      String result =
          switch (spec[0]) {
            case "tcp" -> tcp(host, Integer.parseInt(spec[1]), timeoutMillis);
            case "udp", "rep" -> udp(host, spec[0], spec[1], timeoutMillis);
            default -> throw new IllegalArgumentException("unknown probe '" + args[i] + "'");
          };
      OUT.println(spec[0] + " " + spec[1] + " " + result);
    }
    OUT.println("done");
  }

  private static String tcp(InetAddress host, int port, int timeoutMillis) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      return "open";
    } catch (SocketTimeoutException e) {
      return "blocked";
    } catch (ConnectException e) {
      return "refused";
    }
  }

  private static String udp(InetAddress host, String kind, String target, int timeoutMillis)
      throws IOException {
    String[] portAndSource = target.split("@", -1);
    int port = Integer.parseInt(portAndSource[0]);
    int source = portAndSource.length > 1 ? Integer.parseInt(portAndSource[1]) : 0;
    try (DatagramSocket socket = new DatagramSocket(source)) {
      socket.setSoTimeout(timeoutMillis);
      byte[] request =
          "Amanda 3.5 REQ HANDLE 000-00000000 SEQ 1\nSERVICE noop\n"
              .getBytes(StandardCharsets.US_ASCII);
      socket.send(new DatagramPacket(request, request.length, host, port));
      DatagramPacket reply = new DatagramPacket(new byte[65535], 65535);
      socket.receive(reply);
      String text = new String(reply.getData(), 0, reply.getLength(), StandardCharsets.US_ASCII);
      return kind.equals("rep") ? "open " + text.lines().skip(1).findFirst().orElse("") : "open";
    } catch (SocketTimeoutException e) {
      return "blocked";
    }
  }

  // A main of its own JVM: standard output is how the test hears from it.
  private static PrintStream stdout() {
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }
}
