package org.jamanda.it.ports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.jamanda.net.PortRange;
import org.jamanda.net.ServicesFile;
import org.jamanda.net.plan.Auth;
import org.jamanda.net.plan.IptablesRules;
import org.jamanda.net.plan.NftRuleset;
import org.jamanda.net.plan.PortPlan;
import org.jamanda.net.plan.PortPlanInput;
import org.jamanda.net.plan.PortPlanner;
import org.jamanda.net.plan.Side;
import org.jamanda.testing.Prerequisites;
import org.jamanda.testing.netns.CommandResult;
import org.jamanda.testing.netns.NetnsTestBed;
import org.jamanda.testing.netns.NetworkNamespace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule sets the planner writes are accepted by nft and iptables-restore, in check mode. */
@Tag("root")
class PortsRulesetTest {

  /** The acceptance configuration: inparallel 10, maxdumps 8, bsd, 50000..50023, 840..860. */
  static PortPlan workedExample() {
    return PortPlanner.plan(
        new PortPlanInput(
            10,
            8,
            EnumSet.of(Auth.BSD),
            Optional.of(new PortRange(50000, 50023)),
            Optional.of(new PortRange(840, 860)),
            Optional.empty(),
            ServicesFile.empty(),
            PortPlanInput.DEFAULT_CLIENT_PORT,
            false));
  }

  /** No ranges set, so the amanda conntrack helper appears. */
  static PortPlan helperExample() {
    return PortPlanner.plan(
        new PortPlanInput(
            4,
            2,
            EnumSet.of(Auth.BSD, Auth.BSDUDP),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            ServicesFile.empty(),
            PortPlanInput.DEFAULT_CLIENT_PORT,
            false));
  }

  /** Every auth and the legacy ports: the longest rule sets the planner writes. */
  static PortPlan everyAuth() {
    return PortPlanner.plan(
        new PortPlanInput(
            10,
            8,
            EnumSet.allOf(Auth.class),
            Optional.of(new PortRange(50000, 50100)),
            Optional.of(new PortRange(840, 860)),
            Optional.of(new PortRange(700, 720)),
            ServicesFile.empty(),
            10090,
            true));
  }

  static Stream<Arguments> plans() {
    return Stream.of(
            Arguments.of("worked example", workedExample()),
            Arguments.of("helper", helperExample()),
            Arguments.of("every auth", everyAuth()))
        .flatMap(
            a ->
                Stream.of(Side.values())
                    .map(side -> Arguments.of(a.get()[0] + ", " + side.label(), a.get()[1], side)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void nftAcceptsTheRulesetInCheckMode(String name, PortPlan plan, Side side) throws IOException {
    try (NetnsTestBed bed = NetnsTestBed.openWithNftables()) {
      NetworkNamespace ns = bed.addNamespace("check");

      CommandResult check = bed.checkNft(ns, NftRuleset.format(plan, side));

      assertThat(check.isSuccess()).as(check.describe()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void iptablesRestoreAcceptsTheRulesInTestMode(String name, PortPlan plan, Side side)
      throws IOException {
    Prerequisites.requireCommand("iptables-restore");
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace ns = bed.addNamespace("check");
      String file = bed.writeFile("rules.ipt", IptablesRules.format(plan, side)).toString();

      CommandResult check = bed.exec(ns, "iptables-restore", "--test", file);

      assertThat(check.isSuccess()).as(check.describe()).isTrue();
    }
  }

  @Test
  void nftCheckModeRejectsABrokenRuleset() throws IOException {
    String broken = NftRuleset.format(workedExample(), Side.CLIENT).replace("50023", "70000");
    try (NetnsTestBed bed = NetnsTestBed.openWithNftables()) {
      NetworkNamespace ns = bed.addNamespace("check");

      CommandResult check = bed.checkNft(ns, broken);

      assertThat(check.isSuccess()).isFalse();
      assertThat(check.stderr()).contains("70000");
    }
  }
}
