package org.jamanda.it.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.jamanda.net.AllocatedPort;
import org.jamanda.net.BindStep;
import org.jamanda.net.BoundDatagram;
import org.jamanda.net.PeerPorts;
import org.jamanda.net.PortAllocator;
import org.jamanda.net.PortRange;
import org.jamanda.net.PortSettings;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.StreamConnection;
import org.jamanda.net.StreamListener;
import org.jamanda.testing.Prerequisites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * As root, the privileged step and the privileged stream client really bind below 1024, skipping
 * the ports the system's services file names for other services. Loopback only.
 */
@Tag("root")
@Tag("net")
class PrivilegedPortAsRootTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void streamServerTakesAPrivilegedPortWhenTheUserRangeIsFull() throws IOException {
    Prerequisites.requireRoot();
    PortRange user = new PortRange(28500, 28500);
    PortAllocator allocator = new PortAllocator(systemSettings().withUnreservedTcpPort(user));

    try (ServerSocketChannel held = ServerSocketChannel.open()) {
      held.bind(new InetSocketAddress(LOOPBACK, user.low()));
      try (StreamListener listener = allocator.openStreamServer()) {
        assertPrivilegedAndUnnamed(listener.allocatedPort(), PortRange.PRIVILEGED, "tcp");
        assertThat(listener.localAddress().getPort()).isEqualTo(listener.port());
      }
    }
  }

  @Test
  void datagramBindTakesAPrivilegedPortWithoutAUserRange() throws IOException {
    Prerequisites.requireRoot();

    try (BoundDatagram datagram = new PortAllocator(systemSettings()).bindDatagram()) {
      assertPrivilegedAndUnnamed(datagram.localPort(), PortRange.PRIVILEGED, "udp");
    }
  }

  @Test
  void privilegedClientConnectsFromAPortBetween512And1023() throws IOException {
    Prerequisites.requireRoot();
    PortAllocator allocator =
        new PortAllocator(systemSettings().withUnreservedTcpPort(new PortRange(28502, 28503)));

    try (StreamListener listener = allocator.openStreamServer();
        StreamConnection client = allocator.connectPrivilegedStream(listener.localAddress());
        SocketChannel accepted = listener.accept(Duration.ofSeconds(5))) {
      assertPrivilegedAndUnnamed(client.localPort(), PortRange.PRIVILEGED, "tcp");
      InetSocketAddress peer = (InetSocketAddress) accepted.getRemoteAddress();
      assertThat(peer.getPort()).isEqualTo(client.localPort().port());
      assertThat(PeerPorts.isPrivileged(peer)).isTrue();
    }
  }

  @Test
  void privilegedClientUsesTheConfiguredReservedTcpPortRange() throws IOException {
    Prerequisites.requireRoot();
    PortRange reserved = new PortRange(700, 703);
    PortAllocator allocator =
        new PortAllocator(
            systemSettings()
                .withUnreservedTcpPort(new PortRange(28504, 28505))
                .withReservedTcpPort(reserved));

    try (StreamListener listener = allocator.openStreamServer();
        StreamConnection client = allocator.connectPrivilegedStream(listener.localAddress());
        SocketChannel accepted = listener.accept(Duration.ofSeconds(5))) {
      assertPrivilegedAndUnnamed(client.localPort(), reserved, "tcp");
      assertThat(((InetSocketAddress) accepted.getRemoteAddress()).getPort())
          .isEqualTo(client.localPort().port());
    }
  }

  private static PortSettings systemSettings() throws IOException {
    return PortSettings.defaults(ServicesFile.read(ServicesFile.SYSTEM)).withBindAddress(LOOPBACK);
  }

  private static void assertPrivilegedAndUnnamed(
      AllocatedPort allocated, PortRange range, String protocol) throws IOException {
    assertThat(allocated.step()).isEqualTo(BindStep.PRIVILEGED);
    assertThat(allocated.port()).isBetween(range.low(), range.high());
    assertThat(allocated.isPrivileged()).isTrue();
    assertThat(
            ServicesFile.read(ServicesFile.SYSTEM)
                .isOwnedByOtherService(allocated.port(), protocol))
        .isFalse();
  }
}
