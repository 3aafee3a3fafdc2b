package org.jamanda.net.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jamanda.net.ServicesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortPlanReportTest {

  @Test
  void formatsTheWorkedExample() {
    String report = PortPlanReport.format(Inputs.workedExample().plan());

    assertThat(report)
        .isEqualTo(
            """
            port plan: inparallel 10, largest maxdumps 8, auth bsd, client port 10080

            ports needed
              auth  side         range                ports  for
              bsd   tape server  unreserved-tcp-port     20  2 x inparallel 10: dumper sources, \
            to the client and to taper
              bsd   client       unreserved-tcp-port     24  3 x maxdumps 8: sendbackup listeners \
            DATA, MESG, INDEX; 3.5 adds STATE (4 x = 32)
              bsd   tape server  reserved-udp-port       10  1 x inparallel 10: one UDP socket \
            per dumper

            ranges
              range                set          need  with STATE  size  named  usable  verdict
              unreserved-tcp-port  50000,50023    24          32    24      0      24  OK
              reserved-udp-port    840,860        10          10    21      0      21  OK
              reserved-tcp-port    -               0           0     -      -       -  NOT_SET  \
            not needed by the auths in use

            warnings
              unreserved-tcp-port: Amanda 3.5 with amgtar opens a fourth stream, STATE: a client \
            running 8 dumps at once needs 32 ports, 24 usable

            inbound on the tape server
              udp  840-860      from 10080  bsd  amandad's ACK and REP to planner, amcheck, \
            dumpers (late replies, stateless firewalls)
              udp  10080                    bsd  amrecover requests to amandad (amindexd, \
            amidxtaped)
              tcp  50000-50023              bsd  amindexd and amidxtaped stream listeners for \
            amrecover

              (legacy 10082/tcp amandaidx and 10083/tcp amidxtape not opened: only amoldrecover \
            uses them)

            inbound on the clients
              udp  10080          bsd  amandad requests from planner, amcheck, dumpers
              tcp  50000-50023    bsd  sendbackup's data-stream listeners

            result: every range can work
            """);
  }

  @Test
  void namesTheRangesThatCannotWork() {
    PortPlan plan = Inputs.workedExample().unreservedTcp(900, 2000).reservedUdp(850, 852).plan();

    assertThat(PortPlanReport.format(plan))
        .endsWith(
            "result: CANNOT WORK: unreserved-tcp-port WRONG_CLASS, reserved-udp-port TOO_SMALL\n");
  }

  @Test
  void showsTheHelperInPlaceOfAnUnsetDataRange() {
    PortPlan plan = Inputs.bsd().auths(Auth.BSDUDP, Auth.BSDTCP).plan();

    assertThat(PortPlanReport.format(plan))
        .contains(
            """
            inbound on the clients
              udp  10080      bsdudp  amandad requests from planner, amcheck, dumpers
              tcp  10080      bsdtcp  amandad connections from planner, amcheck, dumpers
              tcp  related    bsdudp  data streams that a REP from 10080/udp announces (amanda \
            helper)
            """);
  }

  @Test
  void listsTheLegacyPortsWhenAsked() {
    PortPlan plan = Inputs.workedExample().auths(Auth.BSDTCP).legacyRecovery().plan();

    assertThat(PortPlanReport.format(plan))
        .contains("  tcp  10082          legacy  amandaidx: amindexd (amoldrecover)\n")
        .doesNotContain("not opened");
  }

  @Test
  void saysNothingIsInboundForLocal() {
    PortPlan plan = Inputs.bsd().auths(Auth.LOCAL).plan();

    assertThat(PortPlanReport.format(plan))
        .contains("inbound on the clients\n  nothing\n")
        .contains("inbound on the tape server\n  nothing\n");
  }

  @Test
  void quotesNamedPortsAfterTheVerdict(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(file, "domain-s 853/udp\nother 853/tcp\n", StandardCharsets.US_ASCII);
    PortPlan plan = Inputs.workedExample().services(ServicesFile.read(file)).plan();

    assertThat(PortPlanReport.format(plan))
        .contains(
            "  reserved-udp-port    840,860        10          10    21      1      20  OK"
                + "  named: 853/domain-s\n");
  }
}
