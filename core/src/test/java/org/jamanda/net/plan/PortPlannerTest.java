package org.jamanda.net.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jamanda.net.plan.RangeOption.RESERVED_TCP_PORT;
import static org.jamanda.net.plan.RangeOption.RESERVED_UDP_PORT;
import static org.jamanda.net.plan.RangeOption.UNRESERVED_TCP_PORT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortPlannerTest {

  @ParameterizedTest(name = "inparallel {0}, maxdumps {1}: tcp {2} (with STATE {3}), udp {4}")
  @CsvSource({
    // inparallel, maxdumps, tcp = max(2 x inparallel, 3 x maxdumps), with STATE 4 x, udp
    "10, 8, 24, 32, 10",
    "10, 1, 20, 20, 10",
    "1, 1, 3, 4, 1",
    "4, 3, 9, 12, 4",
    "6, 4, 12, 16, 6",
    "20, 6, 40, 40, 20",
    "2, 30, 90, 120, 2",
  })
  void sizesBsdRangesByTheChaptersSummaries(
      int inparallel, int maxdumps, int tcp, int tcpWithState, int udp) {
    PortPlan plan = Inputs.bsd().inparallel(inparallel).maxdumps(maxdumps).plan();

    assertThat(plan.range(UNRESERVED_TCP_PORT).need()).isEqualTo(tcp);
    assertThat(plan.range(UNRESERVED_TCP_PORT).needWithState()).isEqualTo(tcpWithState);
    assertThat(plan.range(RESERVED_UDP_PORT).need()).isEqualTo(udp);
    assertThat(plan.range(RESERVED_TCP_PORT).need()).isZero();
  }

  @Test
  void workedExampleFitsExactlyByTheChapterButNotWithState() {
    PortPlan plan = Inputs.workedExample().plan();

    assertThat(plan.range(UNRESERVED_TCP_PORT).verdict()).isEqualTo(Verdict.OK);
    assertThat(plan.range(UNRESERVED_TCP_PORT).usable()).isEqualTo(24);
    assertThat(plan.range(RESERVED_UDP_PORT).verdict()).isEqualTo(Verdict.OK);
    assertThat(plan.cannotWork()).isFalse();
    assertThat(plan.warnings())
        .containsExactly(
            "unreserved-tcp-port: Amanda 3.5 with amgtar opens a fourth stream, STATE: a client"
                + " running 8 dumps at once needs 32 ports, 24 usable");
  }

  @Test
  void rangeLargeEnoughForStateGivesNoWarning() {
    PortPlan plan = Inputs.workedExample().unreservedTcp(50000, 50031).plan();

    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void bsdtcpNeedsAPrivilegedTcpPortPerDumperPlusPlannerAndAmcheck() {
    PortPlan plan = Inputs.bsd().auths(Auth.BSDTCP).inparallel(10).maxdumps(8).plan();

    assertThat(plan.range(RESERVED_TCP_PORT).need()).isEqualTo(12);
    assertThat(plan.range(RESERVED_UDP_PORT).need()).isZero();
    assertThat(plan.range(UNRESERVED_TCP_PORT).need()).isEqualTo(10);
  }

  @Test
  void sslNeedsNoPrivilegedPort() {
    PortPlan plan = Inputs.bsd().auths(Auth.SSL).inparallel(10).plan();

    assertThat(plan.range(RESERVED_TCP_PORT).need()).isZero();
    assertThat(plan.range(RESERVED_UDP_PORT).need()).isZero();
    assertThat(plan.range(UNRESERVED_TCP_PORT).need()).isEqualTo(20);
  }

  @Test
  void bsdudpClientNeedsOneListenerPerDump() {
    PortPlan plan = Inputs.bsd().auths(Auth.BSDUDP).inparallel(2).maxdumps(8).plan();

    assertThat(plan.needs())
        .filteredOn(need -> need.side() == Side.CLIENT)
        .singleElement()
        .satisfies(need -> assertThat(need.ports()).isEqualTo(8));
    assertThat(plan.range(UNRESERVED_TCP_PORT).need()).isEqualTo(8);
  }

  @Test
  void mixedAuthsNeedTheLargestOfEach() {
    PortPlan plan =
        Inputs.bsd().auths(Auth.BSD, Auth.BSDTCP, Auth.SSL).inparallel(3).maxdumps(5).plan();

    assertThat(plan.range(UNRESERVED_TCP_PORT).need()).isEqualTo(15);
    assertThat(plan.range(UNRESERVED_TCP_PORT).needWithState()).isEqualTo(20);
    assertThat(plan.range(RESERVED_UDP_PORT).need()).isEqualTo(3);
    assertThat(plan.range(RESERVED_TCP_PORT).need()).isEqualTo(5);
  }

  @Test
  void reportsNeedsPerAuthAndSide() {
    PortPlan plan = Inputs.bsd().auths(Auth.BSD, Auth.BSDTCP).inparallel(10).maxdumps(8).plan();

    assertThat(plan.needs())
        .extracting(n -> n.auth() + " " + n.side() + " " + n.range() + " " + n.ports())
        .containsExactly(
            "BSD TAPE_SERVER UNRESERVED_TCP_PORT 20",
            "BSD CLIENT UNRESERVED_TCP_PORT 24",
            "BSD TAPE_SERVER RESERVED_UDP_PORT 10",
            "BSDTCP TAPE_SERVER UNRESERVED_TCP_PORT 10",
            "BSDTCP TAPE_SERVER RESERVED_TCP_PORT 12");
  }

  @Test
  void tooSmallRangeMeansThePlanCannotWork() {
    PortPlan plan = Inputs.workedExample().unreservedTcp(50000, 50022).plan();

    assertThat(plan.range(UNRESERVED_TCP_PORT).verdict()).isEqualTo(Verdict.TOO_SMALL);
    assertThat(plan.range(UNRESERVED_TCP_PORT).note())
        .isEqualTo("23 usable ports, 24 needed: widen it by 1");
    assertThat(plan.cannotWork()).isTrue();
  }

  @Test
  void wrongClassRangeMeansThePlanCannotWork() {
    PortPlan plan = Inputs.workedExample().reservedUdp(1000, 1100).plan();

    assertThat(plan.range(RESERVED_UDP_PORT).verdict()).isEqualTo(Verdict.WRONG_CLASS);
    assertThat(plan.cannotWork()).isTrue();
  }

  @Test
  void unsetRangesStillWork() {
    PortPlan plan = Inputs.bsd().plan();

    assertThat(plan.ranges()).extracting(RangeCheck::verdict).containsOnly(Verdict.NOT_SET);
    assertThat(plan.cannotWork()).isFalse();
  }

  @Test
  void unsetDataRangeWarnsThatTheHelperOpensTheStreams() {
    PortPlan plan = Inputs.bsd().plan();

    assertThat(plan.warnings())
        .singleElement()
        .asString()
        .startsWith("unreserved-tcp-port is not set: bsd and bsdudp data streams are let in by")
        .contains("10080/udp");
  }
}
