package org.jamanda.it.ports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jamanda.cli.Jamanda;
import org.jamanda.net.plan.NftRuleset;
import org.jamanda.net.plan.Side;
import org.jamanda.testing.Prerequisites;
import org.jamanda.testing.netns.NetnsTestBed;
import org.jamanda.testing.netns.NetworkNamespace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code jamanda ports} on a real amanda.conf and disklist: the chapter's sizes, and the very rule
 * sets that {@link PortsFirewallTest} proves with real connections.
 */
class PortsCommandTest {
  @Test
  void reportsTwentyFourTcpPortsAndTenUdpPortsForTheWorkedExample() {
    Run run = ports();

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .containsPattern("unreserved-tcp-port +50000,50023 +24 +32 +24 +0 +24 +OK")
        .containsPattern("reserved-udp-port +840,860 +10 +10 +21 +0 +21 +OK")
        .contains("largest maxdumps 8");
  }

  @Test
  void printsTheRuleSetsThePlannerWritesForTheWorkedExample() {
    assertThat(ports("--nft", "--side", "client").out())
        .isEqualTo(NftRuleset.format(PortsRulesetTest.workedExample(), Side.CLIENT));
    assertThat(ports("--nft", "--side", "server").out())
        .isEqualTo(NftRuleset.format(PortsRulesetTest.workedExample(), Side.TAPE_SERVER));
  }

  @Test
  @Tag("root")
  void nftAcceptsTheCommandsRuleSetsInCheckMode() throws Exception {
    Prerequisites.requireRoot();
    Prerequisites.requireCommand("nft");
    try (NetnsTestBed bed = NetnsTestBed.openWithNftables()) {
      NetworkNamespace ns = bed.addNamespace("check");
      for (String side : new String[] {"client", "server"}) {
        String rules = ports("--nft", "--side", side).out();

        assertThat(bed.checkNft(ns, rules).exitCode()).as(side).isZero();
      }
    }
  }

  @Test
  void exitsOneWhenARangeCannotWork() {
    Run run = ports("--services", servicesNamingEveryPort().toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("TOO_SMALL");
  }

  // Runs "ports --config-dir <test resources> [--services /dev/null] OPTIONS... Site".
  private static Run ports(String... options) {
    List<String> args =
        new ArrayList<>(List.of("ports", "--config-dir", resource("ports").toString()));
    if (!Arrays.asList(options).contains("--services")) {
      args.addAll(List.of("--services", "/dev/null"));
    }
    args.addAll(Arrays.asList(options));
    args.add("Site");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Jamanda.execute(
            "jamanda", args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private static Path servicesNamingEveryPort() {
    return resource("ports/services-50000-50023");
  }

  private static Path resource(String name) {
    try {
      return Path.of(PortsCommandTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private record Run(int status, String out, String err) {}
}
