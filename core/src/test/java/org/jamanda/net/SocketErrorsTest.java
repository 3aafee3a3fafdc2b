package org.jamanda.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.jamanda.net.PortScan.Status;
import org.junit.jupiter.api.Test;

class SocketErrorsTest {
  private static final InetSocketAddress LOCAL = new InetSocketAddress("192.0.2.1", 700);
  private static final InetSocketAddress TARGET = new InetSocketAddress("192.0.2.7", 10082);

  @Test
  void aPortInUseIsBusy() throws IOException {
    assertThat(
            SocketErrors.<SocketChannel>onBind(new BindException("Address already in use"), LOCAL)
                .status())
        .isEqualTo(Status.BUSY);
  }

  @Test
  void aRefusedPermissionIsDeniedNotBusy() throws IOException {
    assertThat(
            SocketErrors.<SocketChannel>onBind(new BindException("Permission denied"), LOCAL)
                .status())
        .isEqualTo(Status.DENIED);
  }

  @Test
  void aBindAddressThatIsNotLocalFailsTheScan() {
    assertThatThrownBy(
            () -> SocketErrors.onBind(new BindException("Cannot assign requested address"), LOCAL))
        .isInstanceOf(BindException.class)
        .hasMessage("cannot bind 192.0.2.1:700: Cannot assign requested address");
  }

  @Test
  void aConnectionThatExistsAlreadyMovesToTheNextPort() throws IOException {
    BindException taken = new BindException("Cannot assign requested address");

    assertThat(SocketErrors.onConnect(taken, 700, TARGET, Duration.ofSeconds(1)).status())
        .isEqualTo(Status.BUSY);
  }

  @Test
  void unreachableTargetsFailTheScanKeepingTheirKind() {
    assertThatThrownBy(
            () ->
                SocketErrors.onConnect(
                    new NoRouteToHostException("No route to host"),
                    700,
                    TARGET,
                    Duration.ofSeconds(1)))
        .isInstanceOf(NoRouteToHostException.class)
        .hasMessage("connect to 192.0.2.7:10082 from local port 700: No route to host");
    assertThatThrownBy(
            () ->
                SocketErrors.onConnect(
                    new SocketException("Network is unreachable"),
                    700,
                    TARGET,
                    Duration.ofSeconds(1)))
        .isNotInstanceOf(ConnectException.class)
        .hasMessage("connect to 192.0.2.7:10082 from local port 700: Network is unreachable")
        .hasCauseInstanceOf(SocketException.class);
  }

  @Test
  void writesIpv6LiteralsInBrackets() throws IOException {
    byte[] loopback6 = new byte[16];
    loopback6[15] = 1;
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByAddress(loopback6), 10080);

    assertThat(SocketErrors.hostPort(address)).isEqualTo("[0:0:0:0:0:0:0:1]:10080");
    assertThat(SocketErrors.hostPort(InetSocketAddress.createUnresolved("db1", 22)))
        .isEqualTo("db1:22");
  }
}
