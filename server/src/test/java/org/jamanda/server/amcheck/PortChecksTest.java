package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jamanda.server.amcheck.HoldingDiskCheckTest.lines;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jamanda.net.PortAllocator;
import org.jamanda.net.PortRange;
import org.jamanda.net.PortSettings;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.plan.Auth;
import org.jamanda.net.plan.PortPlanInput;
import org.jamanda.net.plan.PortPlanner;
import org.jamanda.testing.Prerequisites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PortChecksTest {
  @Test
  void reportsARangeTooSmallForInparallel() {
    PortPlanInput input = input(Optional.of(new PortRange(850, 852)), 4);

    Findings found = PortChecks.ranges(PortPlanner.plan(input), "Daily");

    assertThat(found.problems()).isEqualTo(1);
    assertThat(lines(found))
        .startsWith(
            "ERROR: reserved-udp-port 850,852 is too small: 3 usable ports, 4 needed: widen it"
                + " by 1",
            "       'jamanda ports Daily' shows the whole port plan");
  }

  @Test
  void reportsAReservedRangeThatIsNotPrivileged() {
    PortPlanInput input = input(Optional.of(new PortRange(20000, 20010)), 2);

    Findings found = PortChecks.ranges(PortPlanner.plan(input), "Daily");

    assertThat(lines(found).get(0))
        .isEqualTo(
            "ERROR: reserved-udp-port 20000,20010 is in the wrong privilege class: ports"
                + " 20000..20010 are not privileged: amandad refuses requests from them");
  }

  @Test
  void saysNothingAboutRangesThatWork() {
    PortPlanInput input = input(Optional.of(new PortRange(840, 860)), 4);

    assertThat(PortChecks.ranges(PortPlanner.plan(input), "Daily").problems()).isZero();
  }

  @Test
  @Tag("net")
  void reportsThatRequestsWouldLeaveFromAnUnprivilegedPort() throws Exception {
    try (DatagramChannel holder = DatagramChannel.open()) {
      holder.bind(new InetSocketAddress(0));
      int held = ((InetSocketAddress) holder.getLocalAddress()).getPort();
      PortSettings settings =
          PortSettings.defaults(ServicesFile.empty())
              .withPrivilegedPorts(new PortRange(held, held));

      Findings found = PortChecks.privilege(new PortAllocator(settings), Set.of("bsd"));

      assertThat(found.problems()).isEqualTo(1);
      assertThat(lines(found).get(0))
          .matches(
              "ERROR: requests would go out from unprivileged UDP port [0-9]+: no port of "
                  + held
                  + ","
                  + held
                  + " could be bound");
      assertThat(lines(found).get(1)).startsWith("       jamanda: binding a port below 1024 needs");
    }
  }

  @Test
  void needsNoPrivilegedPortWhenNoAuthWantsOne() {
    PortSettings settings = PortSettings.defaults(ServicesFile.empty());

    assertThat(PortChecks.privilege(new PortAllocator(settings), Set.of("ssl", "local")))
        .isEqualTo(Findings.EMPTY);
  }

  @Test
  @Tag("net")
  void findsAPrivilegedPortWhenRunAsRoot() {
    Prerequisites.requireRoot();
    PortSettings settings = PortSettings.defaults(ServicesFile.empty());

    assertThat(PortChecks.privilege(new PortAllocator(settings), Set.of("bsd")))
        .isEqualTo(Findings.EMPTY);
  }

  private static PortPlanInput input(Optional<PortRange> reservedUdp, int inparallel) {
    return new PortPlanInput(
        inparallel,
        1,
        EnumSet.of(Auth.BSD),
        Optional.of(new PortRange(50000, 50100)),
        reservedUdp,
        Optional.empty(),
        ServicesFile.empty(),
        PortPlanInput.DEFAULT_CLIENT_PORT,
        false);
  }
}
