package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.jamanda.daemon.ServiceRequest;
import org.junit.jupiter.api.Test;

class NoopServiceTest {
  @Test
  void answersWithAmanda351sFeaturesLikeTheRealNoop() {
    ServiceRequest request =
        new ServiceRequest(
            "noop",
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 851),
            "localhost",
            "backup",
            "OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;\n",
            body -> {});

    // The REP body of captures/amdump.pcap, frames 1-4 (amanda-wire.md §5.1, §7.1).
    assertThat(new NoopService().serve(request))
        .isEqualTo("OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;\n");
  }

  @Test
  void ignoresWhateverTheRequestCarries() {
    ServiceRequest request =
        new ServiceRequest(
            "noop",
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 851),
            "localhost",
            "backup",
            "garbage\u0000\n",
            body -> {});

    assertThat(new NoopService().serve(request)).startsWith("OPTIONS features=");
    assertThat(new NoopService().name()).isEqualTo("noop");
  }
}
