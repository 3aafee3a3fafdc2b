package org.jamanda.it.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.jamanda.net.PeerPorts;
import org.jamanda.net.PortAllocator;
import org.jamanda.net.PortRange;
import org.jamanda.net.PortSettings;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.StreamListener;
import org.jamanda.testing.Prerequisites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** As root, a peer connecting from port 20 (ftp-data) is refused and the next one accepted. */
@Tag("root")
@Tag("net")
class FtpDataPortRefusalTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void listenerRefusesAPeerFromPort20AndAcceptsTheNextOne() throws IOException {
    Prerequisites.requireRoot();
    PortSettings settings =
        PortSettings.defaults(ServicesFile.empty())
            .withBindAddress(LOOPBACK)
            .withUnreservedTcpPort(new PortRange(28520, 28521));

    try (StreamListener listener = new PortAllocator(settings).openStreamServer();
        SocketChannel fromFtpData = connect(listener, PeerPorts.FTP_DATA);
        SocketChannel fromElsewhere = connect(listener, 0);
        SocketChannel accepted = listener.accept(Duration.ofSeconds(5))) {
      assertThat(((InetSocketAddress) fromFtpData.getLocalAddress()).getPort()).isEqualTo(20);
      assertThat(accepted.getRemoteAddress()).isEqualTo(fromElsewhere.getLocalAddress());
      assertThat(readsEndOfStream(fromFtpData)).isTrue();
    }
  }

  private static SocketChannel connect(StreamListener listener, int localPort) throws IOException {
    SocketChannel channel = SocketChannel.open();
    channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    channel.bind(new InetSocketAddress(LOOPBACK, localPort));
    channel.socket().connect(listener.localAddress(), 5000);
    return channel;
  }

  // True when the listener closed the connection: EOF or a reset, within 5 s.
  private static boolean readsEndOfStream(SocketChannel channel) throws IOException {
    Socket socket = channel.socket();
    socket.setSoTimeout(5000);
    try (InputStream in = socket.getInputStream()) {
      return in.read() == -1;
    } catch (SocketException e) {
      return String.valueOf(e.getMessage()).contains("reset");
    }
  }
}
