package org.jamanda.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jamanda.net.TestPorts.LOOPBACK;
import static org.jamanda.net.TestPorts.holdTcp;
import static org.jamanda.net.TestPorts.loopback;
import static org.jamanda.net.TestPorts.range;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privileged stream client on loopback, with its ranges moved to high ports so that no root is
 * needed; binding below 1024 for real is tested as root in the it module.
 */
@Tag("net")
class PortAllocatorPrivilegedClientTest {
  @Test
  void connectsFromTheReservedTcpPortRangeStartingAtItsBottom() throws IOException {
    PortAllocator allocator =
        new PortAllocator(loopback(range(28098, 28099)).withReservedTcpPort(range(28090, 28091)));

    try (StreamListener listener =
            new PortAllocator(loopback(range(28088, 28089))).openStreamServer();
        StreamConnection client = allocator.connectPrivilegedStream(listener.localAddress());
        SocketChannel accepted = listener.accept(Duration.ofSeconds(5))) {
      assertThat(client.localPort()).isEqualTo(new AllocatedPort(BindStep.PRIVILEGED, 28090));
      assertThat(((InetSocketAddress) accepted.getRemoteAddress()).getPort()).isEqualTo(28090);
    }
  }

  @Test
  void usesThePrivilegedPortsWhenReservedTcpPortIsUnset() throws IOException {
    PortAllocator allocator = new PortAllocator(loopback(range(28096, 28097)));

    try (ServerSocketChannel target = anyPortListener();
        StreamConnection client = allocator.connectPrivilegedStream(address(target))) {
      assertThat(client.localPort()).isEqualTo(new AllocatedPort(BindStep.PRIVILEGED, 28096));
    }
  }

  @Test
  @SuppressWarnings("try") // the held ports need only stay open for the block
  void failsWithoutFallbackWhenEveryPortIsBusy() throws IOException {
    PortRange reserved = range(28092, 28093);
    PortAllocator allocator =
        new PortAllocator(loopback(range(28098, 28099)).withReservedTcpPort(reserved));

    try (TestPorts.Held held = holdTcp(reserved);
        ServerSocketChannel target = anyPortListener()) {
      InetSocketAddress to = address(target);
      assertThatThrownBy(() -> allocator.connectPrivilegedStream(to))
          .isInstanceOfSatisfying(
              PortsBusyException.class,
              e -> {
                assertThat(e.target()).isEqualTo(to);
                assertThat(e.range()).isEqualTo(reserved);
              })
          .hasMessage(
              "cannot connect to "
                  + SocketErrors.hostPort(to)
                  + " from a privileged port"
                  + " (28092..28093): all ports 28092..28093 busy");
    }
  }

  @Test
  @SuppressWarnings("try") // the held ports need only stay open for the block
  void busyMessageCountsPortsNamedForOtherServices(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(file, "ftp-x 28094/tcp\n");
    PortSettings settings =
        loopback(range(28098, 28099))
            .withReservedTcpPort(range(28094, 28095))
            .withServices(ServicesFile.read(file));

    try (TestPorts.Held held = holdTcp(range(28095, 28095));
        ServerSocketChannel target = anyPortListener()) {
      assertThatThrownBy(() -> new PortAllocator(settings).connectPrivilegedStream(address(target)))
          .isInstanceOf(PortsBusyException.class)
          .hasMessageEndingWith(
              "all ports 28094..28095 busy (1 of them named for other services in " + file + ")");
    }
  }

  @Test
  void aRefusedConnectionIsNotReportedAsBusyPorts() {
    PortAllocator allocator =
        new PortAllocator(loopback(range(28098, 28099)).withReservedTcpPort(range(28086, 28087)));

    assertThatThrownBy(
            () -> allocator.connectPrivilegedStream(new InetSocketAddress(LOOPBACK, 28069)))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("from local port 28086: Connection refused");
  }

  private static ServerSocketChannel anyPortListener() throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    channel.bind(new InetSocketAddress(LOOPBACK, 0));
    return channel;
  }

  private static InetSocketAddress address(ServerSocketChannel channel) throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }
}
