package org.jamanda.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The loopback port ranges the socket tests use, and helpers to hold ports open.
 *
 * <p>Every range lies in 28000..28999: below Linux's ephemeral range (32768..60999), so no
 * kernel-chosen port of this or another process can land in one while a test runs. Each test owns
 * its own range; the privileged step is always narrowed to a high range, so no test in core binds
 * below 1024 even when run as root.
 */
final class TestPorts {
  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private TestPorts() {}

  static PortRange range(int low, int high) {
    return new PortRange(low, high);
  }

  /** The ports low..high, for assertions. */
  static List<Integer> portsBetween(int low, int high) {
    List<Integer> ports = new ArrayList<>();
    for (int port = low; port <= high; port++) {
      ports.add(port);
    }
    return ports;
  }

  /** Loopback settings, no user ranges, privileged step narrowed to {@code privileged}. */
  static PortSettings loopback(PortRange privileged) {
    return PortSettings.defaults(ServicesFile.empty())
        .withBindAddress(LOOPBACK)
        .withPrivilegedPorts(privileged);
  }

  /** Listens on every port of {@code range} (loopback), as other programs would. */
  static Held holdTcp(PortRange range) throws IOException {
    Held held = new Held();
    for (int port = range.low(); port <= range.high(); port++) {
      ServerSocketChannel channel = ServerSocketChannel.open();
      held.channels.add(channel);
      channel.bind(new InetSocketAddress(LOOPBACK, port));
    }
    return held;
  }

  /** Binds a UDP socket to every port of {@code range} (loopback). */
  static Held holdUdp(PortRange range) throws IOException {
    Held held = new Held();
    for (int port = range.low(); port <= range.high(); port++) {
      DatagramChannel channel = DatagramChannel.open();
      held.channels.add(channel);
      channel.bind(new InetSocketAddress(LOOPBACK, port));
    }
    return held;
  }

  static int localPort(NetworkChannel channel) throws IOException {
    return ((InetSocketAddress) channel.getLocalAddress()).getPort();
  }

  /** Ports held open by a test; closing releases them all. */
  static final class Held implements AutoCloseable {
    private final List<NetworkChannel> channels = new ArrayList<>();

    @Override
    public void close() throws IOException {
      for (NetworkChannel channel : channels) {
        channel.close();
      }
    }
  }
}
