package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import org.jamanda.testing.amanda.BoundSockets;
import org.jamanda.testing.amanda.DiagnosticSource;
import org.jamanda.testing.amanda.PrivatePorts;
import org.jamanda.testing.amanda.Transport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The harness reads the kernel's socket tables right: a socket this JVM binds is seen as in use and
 * as listening in this process, and not any more once closed. No root needed.
 */
@Tag("net")
class BoundSocketsTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void boundUdpSocketIsSeenInUseAndOwnedUntilClosed() throws IOException {
    int port;
    try (DatagramChannel channel = DatagramChannel.open()) {
      channel.bind(new InetSocketAddress(LOOPBACK, 0));
      port = ((InetSocketAddress) channel.getLocalAddress()).getPort();

      assertThat(BoundSockets.isPortInUse(Transport.UDP, port)).isTrue();
      assertThat(BoundSockets.isListeningIn(Transport.UDP, port, ProcessHandle.current())).isTrue();
    }

    assertThat(BoundSockets.isPortInUse(Transport.UDP, port)).isFalse();
  }

  @Test
  void listeningTcpSocketIsOwnedByThisProcessAndNotByAnother() throws IOException {
    // An idle child of ours, "cat" waiting on its stdin pipe, holds no socket.
    Process stranger = new ProcessBuilder("cat").start();
    try (ServerSocketChannel listener = ServerSocketChannel.open()) {
      listener.bind(new InetSocketAddress(LOOPBACK, 0));
      int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();

      assertThat(BoundSockets.isListeningIn(Transport.TCP, port, ProcessHandle.current())).isTrue();
      assertThat(BoundSockets.isListeningIn(Transport.UDP, port, ProcessHandle.current()))
          .isFalse();
      assertThat(BoundSockets.isListeningIn(Transport.TCP, port, stranger.toHandle())).isFalse();
    } finally {
      stranger.destroyForcibly();
    }
  }

  @Test
  void waitForAPortNobodyBindsEndsAtItsDeadlineWithTheDiagnostics() throws IOException {
    int port = PrivatePorts.pick(Transport.UDP);
    DiagnosticSource why = () -> "nobody was asked to bind it";

    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                BoundSockets.awaitListening(
                    Transport.UDP, port, ProcessHandle.current(), Duration.ofMillis(200), why))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("did not listen on udp port " + port + " within 200 ms")
        .hasMessageContaining("nobody was asked to bind it");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void pickedPortsLieInThePrivateRangeAndAreNotHandedOutTwice() throws IOException {
    int first = PrivatePorts.pick(Transport.UDP, Transport.TCP);
    int second = PrivatePorts.pick(Transport.UDP, Transport.TCP);

    assertThat(first).isBetween(PrivatePorts.LOW, PrivatePorts.HIGH).isNotEqualTo(second);
    assertThat(second).isBetween(PrivatePorts.LOW, PrivatePorts.HIGH);
  }
}
