package org.jamanda.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jamanda.net.TestPorts.LOOPBACK;
import static org.jamanda.net.TestPorts.holdTcp;
import static org.jamanda.net.TestPorts.localPort;
import static org.jamanda.net.TestPorts.loopback;
import static org.jamanda.net.TestPorts.portsBetween;
import static org.jamanda.net.TestPorts.range;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream client routine on loopback: user range from the bottom, then any port. */
@Tag("net")
class PortAllocatorStreamClientTest {
  @Test
  void connectsFromTheUserRangeAndBothSidesSeeTheSamePorts() throws IOException {
    PortRange user = range(28040, 28043);
    PortAllocator allocator =
        new PortAllocator(loopback(range(28044, 28045)).withUnreservedTcpPort(user));

    try (StreamListener listener = allocator.openStreamServer();
        StreamConnection client = allocator.connectStream(listener.localAddress());
        SocketChannel accepted = listener.accept(Duration.ofSeconds(5))) {
      int clientPort = client.localPort().port();
      assertThat(client.localPort().step()).isEqualTo(BindStep.USER_RANGE);
      assertThat(user.contains(clientPort)).isTrue();
      assertThat(clientPort).isNotEqualTo(listener.port());
      assertThat(localPort(client.channel())).isEqualTo(clientPort);
      assertThat(remotePort(accepted)).isEqualTo(clientPort);
      assertThat(remotePort(client.channel())).isEqualTo(listener.port());

      client.channel().write(ByteBuffer.wrap(new byte[] {42}));
      ByteBuffer received = ByteBuffer.allocate(1);
      assertThat(accepted.read(received)).isEqualTo(1);
      assertThat(received.get(0)).isEqualTo((byte) 42);
    }
  }

  @Test
  void scansFromTheBottomAndMovesOnWhenTheConnectionExistsAlready() throws IOException {
    PortAllocator allocator =
        new PortAllocator(loopback(range(28048, 28049)).withUnreservedTcpPort(range(28046, 28047)));

    try (ServerSocketChannel target = anyPortListener();
        StreamConnection first = allocator.connectStream(address(target));
        StreamConnection second = allocator.connectStream(address(target))) {
      // Both bind 28046 (SO_REUSEADDR); the second connect finds that connection taken.
      assertThat(first.localPort()).isEqualTo(new AllocatedPort(BindStep.USER_RANGE, 28046));
      assertThat(second.localPort()).isEqualTo(new AllocatedPort(BindStep.USER_RANGE, 28047));
    }
  }

  @Test
  @SuppressWarnings("try") // the held ports need only stay open for the block
  void fallsBackToAnyPortWhenTheUserRangeIsFull() throws IOException {
    PortRange user = range(28050, 28051);
    PortAllocator allocator =
        new PortAllocator(loopback(range(28052, 28053)).withUnreservedTcpPort(user));

    try (TestPorts.Held held = holdTcp(user);
        ServerSocketChannel target = anyPortListener();
        RecordingStderr log = new RecordingStderr();
        StreamConnection client = allocator.connectStream(address(target))) {
      assertThat(client.localPort().step()).isEqualTo(BindStep.ANY);
      assertThat(client.localPort().port()).isNotIn(portsBetween(28050, 28053));
      assertThat(log.text())
          .contains(
              "INFO org.jamanda.net.PortAllocator - port range exhausted, falling back"
                  + " routine=stream-client step=USER_RANGE range=28050,28051 busy=2 skipped=0"
                  + " denied=0 next=ANY");
    }
  }

  @Test
  void connectsFromAnyPortWithoutAUserRange() throws IOException {
    PortAllocator allocator = new PortAllocator(loopback(range(28054, 28055)));

    try (ServerSocketChannel target = anyPortListener();
        StreamConnection client = allocator.connectStream(address(target))) {
      assertThat(client.localPort().step()).isEqualTo(BindStep.ANY);
      assertThat(client.localPort().port()).isNotIn(portsBetween(28054, 28055));
    }
  }

  @Test
  void skipsPortsTheServicesFileNamesForAnotherService(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(file, "ftp-x 28056/tcp\n");
    PortSettings settings =
        loopback(range(28058, 28059))
            .withUnreservedTcpPort(range(28056, 28057))
            .withServices(ServicesFile.read(file));

    try (ServerSocketChannel target = anyPortListener();
        StreamConnection client = new PortAllocator(settings).connectStream(address(target))) {
      assertThat(client.localPort().port()).isEqualTo(28057);
    }
  }

  @Test
  void aRefusedConnectionEndsTheScan() {
    PortAllocator allocator =
        new PortAllocator(loopback(range(28062, 28063)).withUnreservedTcpPort(range(28060, 28061)));
    InetSocketAddress nobodyListens = new InetSocketAddress(LOOPBACK, 28069);

    assertThatThrownBy(() -> allocator.connectStream(nobodyListens))
        .isInstanceOf(ConnectException.class)
        .hasMessage(
            "connect to "
                + SocketErrors.hostPort(nobodyListens)
                + " from local port 28060:"
                + " Connection refused");
  }

  @Test
  void aConnectTimeoutEndsTheScan() throws IOException {
    PortSettings settings =
        loopback(range(28072, 28073))
            .withUnreservedTcpPort(range(28070, 28071))
            .withConnectTimeout(Duration.ofMillis(300));

    try (ServerSocketChannel target = ServerSocketChannel.open()) {
      target.bind(new InetSocketAddress(LOOPBACK, 0), 1);
      List<SocketChannel> queued = fillAcceptQueue(address(target));
      try {
        assertThatThrownBy(() -> new PortAllocator(settings).connectStream(address(target)))
            .isInstanceOf(SocketTimeoutException.class)
            .hasMessage(
                "connect to "
                    + SocketErrors.hostPort(address(target))
                    + " from local port 28070 timed out after 300 ms");
      } finally {
        for (SocketChannel channel : queued) {
          channel.close();
        }
      }
    }
  }

  @Test
  void rejectsAnUnresolvedTarget() {
    PortAllocator allocator = new PortAllocator(loopback(range(28064, 28065)));

    assertThatThrownBy(
            () -> allocator.connectStream(InetSocketAddress.createUnresolved("db1.invalid", 9)))
        .isInstanceOf(java.net.UnknownHostException.class)
        .hasMessage("cannot connect to unresolved address db1.invalid:9");
  }

  // Linux drops a SYN once a listener's accept queue is full, so the next connect times out.
  private static List<SocketChannel> fillAcceptQueue(InetSocketAddress target) throws IOException {
    List<SocketChannel> queued = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      SocketChannel channel = SocketChannel.open();
      queued.add(channel);
      try {
        channel.socket().connect(target, 200);
      } catch (SocketTimeoutException e) {
        return queued;
      }
    }
    throw new AssertionError("accept queue of " + target + " never filled");
  }

  private static ServerSocketChannel anyPortListener() throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    channel.bind(new InetSocketAddress(LOOPBACK, 0));
    return channel;
  }

  private static InetSocketAddress address(ServerSocketChannel channel) throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  private static int remotePort(SocketChannel channel) throws IOException {
    return ((InetSocketAddress) channel.getRemoteAddress()).getPort();
  }
}
