package org.jamanda.net.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InboundPlannerTest {

  /** One line per rule: "udp 10080 bsd", "udp 840-860 from 10080 bsd". */
  private static List<String> lines(SidePlan side) {
    return side.rules().stream()
        .map(
            rule ->
                rule.transport().keyword()
                    + " "
                    + PortPlanReport.ports(rule.ports())
                    + rule.sourcePorts().map(s -> " from " + PortPlanReport.ports(s)).orElse("")
                    + " "
                    + rule.authNames())
        .collect(Collectors.toList());
  }

  @Test
  void bsdClientLetsInAmandadAndTheDataRange() {
    PortPlan plan = Inputs.workedExample().plan();

    assertThat(lines(plan.client())).containsExactly("udp 10080 bsd", "tcp 50000-50023 bsd");
    assertThat(plan.client().amandaHelperPort()).isEmpty();
  }

  @Test
  void bsdTapeServerLetsInRepliesAmrecoverAndItsStreams() {
    PortPlan plan = Inputs.workedExample().plan();

    assertThat(lines(plan.tapeServer()))
        .containsExactly("udp 840-860 from 10080 bsd", "udp 10080 bsd", "tcp 50000-50023 bsd");
  }

  @Test
  void repliesGoToThePrivilegedRangeWhenReservedUdpIsNotSet() {
    PortPlan plan = Inputs.bsd().unreservedTcp(50000, 50023).plan();

    assertThat(lines(plan.tapeServer())).first().isEqualTo("udp 512-1023 from 10080 bsd");
  }

  @Test
  void bsdAndBsdudpShareTheirRules() {
    PortPlan plan = Inputs.workedExample().auths(Auth.BSD, Auth.BSDUDP).plan();

    assertThat(lines(plan.client()))
        .containsExactly("udp 10080 bsd, bsdudp", "tcp 50000-50023 bsd, bsdudp");
  }

  @Test
  void bsdtcpAndSslUseOnlyTheClientPortOverTcp() {
    PortPlan plan = Inputs.workedExample().auths(Auth.BSDTCP, Auth.SSL).plan();

    assertThat(lines(plan.client())).containsExactly("tcp 10080 bsdtcp, ssl");
    assertThat(lines(plan.tapeServer())).containsExactly("tcp 10080 bsdtcp, ssl");
  }

  @Test
  void usesTheConfiguredClientPort() {
    PortPlan plan = Inputs.workedExample().auths(Auth.BSD, Auth.BSDTCP).clientPort(10090).plan();

    assertThat(lines(plan.client()))
        .containsExactly("udp 10090 bsd", "tcp 50000-50023 bsd", "tcp 10090 bsdtcp");
    assertThat(lines(plan.tapeServer())).contains("udp 840-860 from 10090 bsd");
  }

  @Test
  void unsetDataRangeHandsTheStreamsToTheConntrackHelper() {
    PortPlan plan = Inputs.bsd().reservedUdp(840, 860).plan();

    assertThat(lines(plan.client())).containsExactly("udp 10080 bsd");
    assertThat(plan.client().amandaHelperPort()).hasValue(10080);
    assertThat(plan.tapeServer().amandaHelperPort()).hasValue(10080);
  }

  @Test
  void helperIsNotUsedWithoutUdpRequests() {
    PortPlan plan = Inputs.bsd().auths(Auth.BSDTCP).plan();

    assertThat(plan.client().amandaHelperPort()).isEmpty();
  }

  @Test
  void localNeedsNoInboundPort() {
    PortPlan plan = Inputs.bsd().auths(Auth.LOCAL).plan();

    assertThat(plan.client().rules()).isEmpty();
    assertThat(plan.tapeServer().rules()).isEmpty();
  }

  @Test
  void sshUsesPort22UnlessClientPortIsSet() {
    assertThat(lines(Inputs.bsd().auths(Auth.SSH).plan().client())).containsExactly("tcp 22 ssh");
    assertThat(lines(Inputs.bsd().auths(Auth.SSH).clientPort(2222).plan().client()))
        .containsExactly("tcp 2222 ssh");
  }

  @Test
  void rshLetsInRshdAndItsStderrChannel() {
    PortPlan plan = Inputs.bsd().auths(Auth.RSH).plan();

    assertThat(lines(plan.client()))
        .containsExactly("tcp 514 rsh", "tcp 512-1023 from 512-1023 rsh");
  }

  @Test
  void krb5ListensOnK5amanda() {
    PortPlan plan = Inputs.bsd().auths(Auth.KRB5).plan();

    assertThat(lines(plan.client())).containsExactly("tcp 10082 krb5");
  }

  @Test
  void legacyRecoveryOpensTheOldIndexAndTapePorts() {
    PortPlan plan = Inputs.workedExample().auths(Auth.BSDTCP).legacyRecovery().plan();

    assertThat(lines(plan.tapeServer()))
        .containsExactly(
            "tcp 10080 bsdtcp", "tcp 10082 legacy", "tcp 10083 legacy", "tcp 50000-50023 legacy");
    assertThat(lines(plan.client())).containsExactly("tcp 10080 bsdtcp");
  }

  @Test
  void legacyDataConnectionTakesAnyUnprivilegedPortWithoutARange() {
    PortPlan plan = Inputs.bsd().auths(Auth.BSDTCP).legacyRecovery().plan();

    assertThat(lines(plan.tapeServer())).last().isEqualTo("tcp 1024-65535 legacy");
  }
}
