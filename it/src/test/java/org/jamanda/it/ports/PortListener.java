package org.jamanda.it.ports;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The peer inside a test namespace, run as its own JVM through {@code ip netns exec}. Binds every
 * port named on its command line, prints {@code ready}, then serves until killed (at most {@value
 * #LIFETIME_MILLIS} ms).
 *
 * <pre>
 * tcp:50000          accept connections and close them at once
 * udp:10080          echo each datagram back to its sender
 * rep:10080:50001,50002,50003
 *                    answer each datagram like amandad: a REP whose CONNECT line names the ports
 * </pre>
 *
 * Every arrival is printed as one line ({@code tcp 50000 from 10.201.1.1}), so a test can see what
 * got through.
 */
public final class PortListener {
  /** The longest the listener lives, in case nobody kills it. */
  static final long LIFETIME_MILLIS = 120_000;

  private static final PrintStream OUT = stdout();

  private PortListener() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    List<Thread> servers = new ArrayList<>();
    for (String arg : args) {
      servers.add(daemon(bind(arg.split(":", -1))));
    }
    servers.forEach(Thread::start);
    OUT.println("ready");
    long deadline = System.currentTimeMillis() + LIFETIME_MILLIS;
    for (Thread server : servers) {
      server.join(Math.max(1, deadline - System.currentTimeMillis()));
    }
  }

  private static Runnable bind(String[] spec) throws IOException {
    int port = Integer.parseInt(spec[1]);
    return switch (spec[0]) {
      case "tcp" -> {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(port));
        yield () -> acceptForever(server, port);
      }
      case "udp" -> {
        DatagramSocket echo = new DatagramSocket(port);
        yield () -> answerForever(echo, port, null);
      }
      case "rep" -> {
        DatagramSocket amandad = new DatagramSocket(port);
        yield () -> answerForever(amandad, port, connectLine(spec[2]));
      }
      default ->
          throw new IllegalArgumentException("unknown listener '" + String.join(":", spec) + "'");
    };
  }

  private static void acceptForever(ServerSocket server, int port) {
    while (true) {
      try (Socket peer = server.accept()) {
        OUT.println("tcp " + port + " from " + peer.getInetAddress().getHostAddress());
      } catch (IOException e) {
        OUT.println("tcp " + port + " failed " + e);
        return;
      }
    }
  }

  // Echo mode (reply == null) sends the datagram back; amandad mode sends a REP.
  private static void answerForever(DatagramSocket socket, int port, String reply) {
    byte[] buffer = new byte[65535];
    while (true) {
      try {
        DatagramPacket in = new DatagramPacket(buffer, buffer.length);
        socket.receive(in);
        OUT.println(
            "udp " + port + " from " + in.getAddress().getHostAddress() + ":" + in.getPort());
        byte[] answer =
            reply == null
                ? Arrays.copyOf(in.getData(), in.getLength())
                : reply.getBytes(StandardCharsets.US_ASCII);
        socket.send(new DatagramPacket(answer, answer.length, in.getSocketAddress()));
      } catch (IOException e) {
        OUT.println("udp " + port + " failed " + e);
        return;
      }
    }
  }

  // The shape of sendbackup's reply as amandad sends it under bsd (amanda-wire.md 5.2).
  private static String connectLine(String ports) {
    String[] p = ports.split(",", -1);
    StringBuilder line = new StringBuilder("CONNECT");
    String[] names = {"DATA", "MESG", "INDEX", "STATE"};
    for (int i = 0; i < p.length; i++) {
      line.append(' ').append(names[i]).append(' ').append(p[i]);
    }
    return "Amanda 3.5 REP HANDLE 000-00000000 SEQ 1\n" + line + "\nOPTIONS features=ff;\n";
  }

  private static Thread daemon(Runnable body) {
    Thread thread = new Thread(body);
    thread.setDaemon(true);
    return thread;
  }

  // A main of its own JVM: standard output is how the test hears from it.
  private static PrintStream stdout() {
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }
}
