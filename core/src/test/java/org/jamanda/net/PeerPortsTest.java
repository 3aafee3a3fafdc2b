package org.jamanda.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerPortsTest {
  @ParameterizedTest
  @CsvSource({"1, true", "20, true", "512, true", "1023, true", "1024, false", "65535, false"})
  void tellsPrivilegedPeerPorts(int port, boolean privileged) {
    assertThat(PeerPorts.isPrivileged(new InetSocketAddress("192.0.2.7", port)))
        .isEqualTo(privileged);
    assertThat(PeerPorts.isPrivileged(port)).isEqualTo(privileged);
  }

  @ParameterizedTest
  @CsvSource({"20, true", "21, false", "19, false", "2020, false"})
  void recognisesFtpData(int port, boolean ftpData) {
    assertThat(PeerPorts.isFtpData(port)).isEqualTo(ftpData);
  }

  @ParameterizedTest
  @CsvSource({"0", "-1"})
  void treatsPortZeroAsUnprivileged(int port) {
    assertThat(PeerPorts.isPrivileged(port)).isFalse();
  }
}
