package org.jamanda.net.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jamanda.net.plan.RangeOption.RESERVED_TCP_PORT;
import static org.jamanda.net.plan.RangeOption.RESERVED_UDP_PORT;
import static org.jamanda.net.plan.RangeOption.UNRESERVED_TCP_PORT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jamanda.net.ServicesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangeCheckerTest {
  @TempDir Path dir;

  private ServicesFile services(String text) throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    return ServicesFile.read(file);
  }

  @Test
  void portsNamedForOtherServicesAreNotUsable() throws IOException {
    ServicesFile services =
        services(
            """
            svc-a      50003/tcp
            svc-b      50010/tcp   alias-b   # a comment
            udp-only   50011/udp
            amanda-ok  50012/tcp
            outside    50100/tcp
            """);

    RangeCheck check = Inputs.workedExample().services(services).plan().range(UNRESERVED_TCP_PORT);

    assertThat(check.size()).isEqualTo(24);
    assertThat(check.named()).isEqualTo(2);
    assertThat(check.usable()).isEqualTo(22);
    assertThat(check.namedExamples()).containsExactly("50003/svc-a", "50010/svc-b");
    assertThat(check.verdict()).isEqualTo(Verdict.TOO_SMALL);
    assertThat(check.note()).isEqualTo("22 usable ports, 24 needed: widen it by 2");
  }

  @Test
  void quotesAtMostThreeNamedPorts() throws IOException {
    ServicesFile services = services("a 841/udp\nb 842/udp\nc 843/udp\nd 844/udp\ne 845/udp\n");

    RangeCheck check = Inputs.workedExample().services(services).plan().range(RESERVED_UDP_PORT);

    assertThat(check.named()).isEqualTo(5);
    assertThat(check.usable()).isEqualTo(16);
    assertThat(check.namedExamples()).containsExactly("841/a", "842/b", "843/c");
    assertThat(check.verdict()).isEqualTo(Verdict.OK);
  }

  @Test
  void unreservedRangeReachingBelow1024IsTheWrongClass() {
    RangeCheck check =
        Inputs.workedExample().unreservedTcp(1000, 2000).plan().range(UNRESERVED_TCP_PORT);

    assertThat(check.verdict()).isEqualTo(Verdict.WRONG_CLASS);
    assertThat(check.note())
        .isEqualTo(
            "ports 1000..1023 are privileged: sendbackup and taper do not run as root and cannot"
                + " bind them; Amanda 3.5 rejects the option");
  }

  @Test
  void reservedRangeReaching1024IsTheWrongClassHoweverLarge() {
    RangeCheck check =
        Inputs.workedExample().reservedUdp(900, 1100).plan().range(RESERVED_UDP_PORT);

    assertThat(check.verdict()).isEqualTo(Verdict.WRONG_CLASS);
    assertThat(check.note())
        .isEqualTo("ports 1024..1100 are not privileged: amandad refuses requests from them");
  }

  @Test
  void wrongClassIsReportedEvenWhenNoAuthUsesTheRange() {
    RangeCheck check =
        Inputs.bsd().auths(Auth.SSL).reservedTcp(2000, 2010).plan().range(RESERVED_TCP_PORT);

    assertThat(check.need()).isZero();
    assertThat(check.verdict()).isEqualTo(Verdict.WRONG_CLASS);
  }

  @Test
  void setRangeThatNoAuthNeedsIsOk() {
    RangeCheck check =
        Inputs.bsd().auths(Auth.SSL).reservedTcp(600, 600).plan().range(RESERVED_TCP_PORT);

    assertThat(check.verdict()).isEqualTo(Verdict.OK);
    assertThat(check.note()).isEqualTo("not needed by the auths in use");
  }

  @Test
  void unsetRangeSaysWhatTheFallbackDoes() {
    PortPlan plan = Inputs.bsd().auths(Auth.BSD, Auth.BSDTCP).plan();

    assertThat(plan.range(UNRESERVED_TCP_PORT).note())
        .startsWith("listeners try privileged 512..1023, then any port;")
        .contains("the firewall cannot be narrowed");
    assertThat(plan.range(RESERVED_UDP_PORT).note())
        .contains("the reply rule must cover 512..1023");
    assertThat(plan.range(RESERVED_TCP_PORT).note())
        .isEqualTo("privileged sources come from 512..1023, else the request is aborted");
    assertThat(plan.ranges()).extracting(RangeCheck::usable).containsOnly(0);
  }

  @Test
  void unsetRangeThatNoAuthNeedsSaysSo() {
    RangeCheck check = Inputs.bsd().plan().range(RESERVED_TCP_PORT);

    assertThat(check.verdict()).isEqualTo(Verdict.NOT_SET);
    assertThat(check.note()).isEqualTo("not needed by the auths in use");
  }
}
