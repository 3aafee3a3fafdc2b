package org.jamanda.net;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jamanda.net.TestPorts.LOOPBACK;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The listener's accept loop on loopback. Connecting from port 20 needs root, so here the listener
 * refuses a high port the test connects from; the it module tests port 20 itself.
 */
@Tag("net")
class StreamListenerTest {
  private static final int REFUSED_SOURCE = 28130;

  private StreamListener listener;

  @BeforeEach
  void listen() throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    channel.bind(new InetSocketAddress(LOOPBACK, 0));
    int port = TestPorts.localPort(channel);
    listener =
        new StreamListener(
            channel, new AllocatedPort(BindStep.ANY, port), p -> p == REFUSED_SOURCE);
  }

  @AfterEach
  void close() throws IOException {
    listener.close();
  }

  @Test
  void refusesARefusedSourcePortAndAcceptsTheNextPeer() throws IOException {
    try (RecordingStderr log = new RecordingStderr();
        SocketChannel refused = connectFrom(REFUSED_SOURCE);
        SocketChannel welcome = connectFrom(28131);
        SocketChannel accepted = listener.accept(Duration.ofSeconds(5))) {
      assertThat(accepted.getRemoteAddress()).isEqualTo(welcome.getLocalAddress());
      assertThat(accepted.getOption(StandardSocketOptions.SO_KEEPALIVE)).isTrue();
      assertThat(readsEndOfStream(refused)).isTrue();
      assertThat(log.text())
          .contains(
              "WARN org.jamanda.net.StreamListener - connection refused, source port is ftp-data"
                  + " port="
                  + listener.port()
                  + " peer=127.0.0.1:28130");
    }
  }

  @Test
  void acceptGivesUpWhenTheTimeoutPasses() {
    assertThatThrownBy(() -> listener.accept(Duration.ofMillis(200)))
        .isInstanceOf(SocketTimeoutException.class)
        .hasMessage("no connection on port " + listener.port() + " within 200 ms");
  }

  @Test
  void aRefusedPeerDoesNotExtendTheTimeout() throws IOException {
    try (SocketChannel refused = connectFrom(REFUSED_SOURCE)) {
      assertThatThrownBy(() -> listener.accept(Duration.ofMillis(300)))
          .isInstanceOf(SocketTimeoutException.class);
      assertThat(readsEndOfStream(refused)).isTrue();
    }
  }

  @Test
  void closeEndsAWaitingAccept() throws Exception {
    CompletableFuture<SocketChannel> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return listener.accept(Duration.ofSeconds(5));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    listener.close();

    assertThatThrownBy(() -> waiting.get(5, SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .hasCauseInstanceOf(ClosedChannelException.class);
  }

  @Test
  void rejectsANonPositiveTimeout() {
    assertThatThrownBy(() -> listener.accept(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accept timeout must be positive: PT0S");
  }

  private SocketChannel connectFrom(int localPort) throws IOException {
    SocketChannel channel = SocketChannel.open();
    channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    channel.bind(new InetSocketAddress(LOOPBACK, localPort));
    channel.connect(listener.localAddress());
    return channel;
  }

  // True when the peer closed: a read ends with EOF or a reset, within 5 s.
  private static boolean readsEndOfStream(SocketChannel channel) throws IOException {
    Socket socket = channel.socket();
    socket.setSoTimeout(5000);
    try (InputStream in = socket.getInputStream()) {
      return in.read() == -1;
    } catch (java.net.SocketException e) {
      return e.getMessage().contains("reset");
    }
  }
}
