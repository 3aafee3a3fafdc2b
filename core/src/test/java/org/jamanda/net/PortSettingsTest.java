package org.jamanda.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PortSettingsTest {
  @Test
  void defaultsSetNoUserRangeAndTheChaptersPrivilegedPorts() {
    PortSettings settings = PortSettings.defaults(ServicesFile.empty());

    assertThat(settings.unreservedTcpPort()).isEmpty();
    assertThat(settings.reservedTcpPort()).isEmpty();
    assertThat(settings.reservedUdpPort()).isEmpty();
    assertThat(settings.privilegedPorts()).isEqualTo(new PortRange(512, 1023));
    assertThat(settings.bindAddress().isAnyLocalAddress()).isTrue();
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void privilegedClientUsesReservedTcpPortWhenSet() {
    PortSettings settings = PortSettings.defaults(ServicesFile.empty());

    assertThat(settings.privilegedClientPorts()).isEqualTo(PortRange.PRIVILEGED);
    assertThat(settings.withReservedTcpPort(new PortRange(600, 610)).privilegedClientPorts())
        .isEqualTo(new PortRange(600, 610));
  }

  @Test
  void eachWithMethodChangesOnlyItsValue() {
    PortSettings base = PortSettings.defaults(ServicesFile.empty());
    PortRange range = new PortRange(40000, 40010);
    InetAddress loopback = InetAddress.getLoopbackAddress();

    PortSettings changed =
        base.withUnreservedTcpPort(range)
            .withReservedUdpPort(new PortRange(700, 710))
            .withBindAddress(loopback)
            .withConnectTimeout(Duration.ofSeconds(3));

    assertThat(changed.unreservedTcpPort()).contains(range);
    assertThat(changed.reservedUdpPort()).contains(new PortRange(700, 710));
    assertThat(changed.reservedTcpPort()).isEmpty();
    assertThat(changed.bindAddress()).isEqualTo(loopback);
    assertThat(changed.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(changed.privilegedPorts()).isEqualTo(base.privilegedPorts());
  }

  @Test
  void rejectsANonPositiveConnectTimeout() {
    PortSettings settings = PortSettings.defaults(ServicesFile.empty());

    assertThatThrownBy(() -> settings.withConnectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connect timeout must be positive: PT0S");
  }
}
