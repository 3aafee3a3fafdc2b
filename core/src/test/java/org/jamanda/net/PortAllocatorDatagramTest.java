package org.jamanda.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jamanda.net.TestPorts.holdUdp;
import static org.jamanda.net.TestPorts.localPort;
import static org.jamanda.net.TestPorts.loopback;
import static org.jamanda.net.TestPorts.portsBetween;
import static org.jamanda.net.TestPorts.range;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The datagram bind on loopback: user UDP range, then privileged, then any port. */
@Tag("net")
class PortAllocatorDatagramTest {
  @Test
  void bindsTheUserRangeFirst() throws IOException {
    PortRange user = range(28100, 28103);
    PortAllocator allocator =
        new PortAllocator(loopback(range(28104, 28105)).withReservedUdpPort(user));

    try (BoundDatagram datagram = allocator.bindDatagram()) {
      assertThat(datagram.localPort().step()).isEqualTo(BindStep.USER_RANGE);
      assertThat(user.contains(datagram.localPort().port())).isTrue();
      assertThat(localPort(datagram.channel())).isEqualTo(datagram.localPort().port());
    }
  }

  @Test
  @SuppressWarnings("try") // the held ports need only stay open for the block
  void fallsBackStepByStepWhenRangesAreFull() throws IOException {
    PortRange user = range(28110, 28111);
    PortRange privileged = range(28112, 28113);
    PortAllocator allocator = new PortAllocator(loopback(privileged).withReservedUdpPort(user));

    try (TestPorts.Held heldUser = holdUdp(user);
        RecordingStderr log = new RecordingStderr()) {
      try (BoundDatagram second = allocator.bindDatagram()) {
        assertThat(second.localPort().step()).isEqualTo(BindStep.PRIVILEGED);
        try (TestPorts.Held heldPrivileged = holdUdp(range(otherPort(second), otherPort(second)));
            BoundDatagram third = allocator.bindDatagram()) {
          assertThat(third.localPort().step()).isEqualTo(BindStep.ANY);
          assertThat(third.localPort().port()).isNotIn(portsBetween(28110, 28113));
        }
      }
      assertThat(log.text())
          .contains(
              "port range exhausted, falling back routine=datagram step=USER_RANGE"
                  + " range=28110,28111 busy=2 skipped=0 denied=0 next=PRIVILEGED")
          .contains(
              "port range exhausted, falling back routine=datagram step=PRIVILEGED"
                  + " range=28112,28113 busy=2 skipped=0 denied=0 next=ANY");
    }
  }

  @Test
  void skipsPortsTheServicesFileNamesForAnotherUdpService(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(file, "dns-x 28120/udp\nntp-x 28121/udp\nweb-x 28122/tcp\n");
    PortSettings settings =
        loopback(range(28124, 28125))
            .withReservedUdpPort(range(28120, 28122))
            .withServices(ServicesFile.read(file));
    PortAllocator allocator = new PortAllocator(settings);

    // The scan starts at a pseudo-random port: repeat so that every start is likely covered.
    for (int i = 0; i < 20; i++) {
      try (BoundDatagram datagram = allocator.bindDatagram()) {
        assertThat(datagram.localPort().port()).isEqualTo(28122);
      }
    }
  }

  @Test
  void anyPortStepGivesUpWhenTheKernelOffersOnlyNamedPorts(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    StringBuilder everyPort = new StringBuilder();
    for (int port = 1; port <= 65535; port++) {
      everyPort.append("svc").append(port).append(' ').append(port).append("/udp\n");
    }
    Files.writeString(file, everyPort);
    PortSettings settings =
        loopback(range(28126, 28127))
            .withReservedUdpPort(range(28128, 28129))
            .withServices(ServicesFile.read(file));

    try (RecordingStderr log = new RecordingStderr()) {
      assertThatThrownBy(() -> new PortAllocator(settings).bindDatagram())
          .isInstanceOf(BindException.class)
          .hasMessage(
              "datagram: the kernel offered 8 ports in a row that "
                  + file
                  + " names for other services");
      assertThat(log.text())
          .contains("step=USER_RANGE range=28128,28129 busy=0 skipped=2 denied=0 next=PRIVILEGED")
          .contains("step=PRIVILEGED range=28126,28127 busy=0 skipped=2 denied=0 next=ANY");
    }
  }

  // The port of the two-port privileged range that the datagram did not take.
  private static int otherPort(BoundDatagram datagram) {
    return datagram.localPort().port() == 28112 ? 28113 : 28112;
  }
}
