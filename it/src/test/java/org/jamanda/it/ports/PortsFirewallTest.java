package org.jamanda.it.ports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.jamanda.net.plan.IptablesRules;
import org.jamanda.net.plan.NftRuleset;
import org.jamanda.net.plan.Side;
import org.jamanda.testing.Prerequisites;
import org.jamanda.testing.netns.NetnsTestBed;
import org.jamanda.testing.netns.NetworkNamespace;
import org.jamanda.testing.netns.VethLink;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The planned firewall, loaded into a namespace, lets exactly the planned ports through: checked
 * with real connections from a second namespace over a veth link.
 */
@Tag("root")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PortsFirewallTest {
  private static final String[] CLIENT_LISTENERS = {
    "tcp:49999", "tcp:50000", "tcp:50023", "tcp:50024", "udp:10080", "udp:10081"
  };

  private static final String[] CLIENT_PROBES = {
    "tcp:49999", "tcp:50000", "tcp:50023", "tcp:50024", "udp:10080", "udp:10081"
  };

  @Test
  void nftClientRulesetLetsInExactlyThePlannedPorts() throws IOException {
    String ruleset = NftRuleset.format(PortsRulesetTest.workedExample(), Side.CLIENT);
    try (NetnsTestBed bed = NetnsTestBed.openWithNftables()) {
      assertClientFirewall(bed, VethLink::addressIn, (ns, b) -> b.loadNft(ns, ruleset));
    }
  }

  @Test
  void nftClientRulesetWorksTheSameOverIpv6() throws IOException {
    String ruleset = NftRuleset.format(PortsRulesetTest.workedExample(), Side.CLIENT);
    try (NetnsTestBed bed = NetnsTestBed.openWithNftables()) {
      assertClientFirewall(bed, VethLink::address6In, (ns, b) -> b.loadNft(ns, ruleset));
    }
  }

  @Test
  void iptablesClientRulesLetInExactlyThePlannedPorts() throws IOException {
    Prerequisites.requireCommand("iptables-restore");
    String rules = IptablesRules.format(PortsRulesetTest.workedExample(), Side.CLIENT);
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      assertClientFirewall(
          bed,
          VethLink::addressIn,
          (ns, b) -> b.execOk(ns, "iptables-restore", b.writeFile("client.ipt", rules).toString()));
    }
  }

  @Test
  void serverRulesetLetsInRepliesOnlyFromTheClientPort() throws IOException {
    String ruleset = NftRuleset.format(PortsRulesetTest.workedExample(), Side.TAPE_SERVER);
    String[] probes = {
      "udp:850@10080", "udp:850@10081", "udp:861@10080", "udp:10080", "tcp:50000", "tcp:50024"
    };
    try (NetnsTestBed bed = NetnsTestBed.openWithNftables()) {
      NetworkNamespace server = bed.addNamespace("server");
      NetworkNamespace client = bed.addNamespace("client");
      InetAddress serverAddress = bed.link(server, client).addressIn(server);
      Probes.listen(bed, server, "udp:850", "udp:861", "udp:10080", "tcp:50000", "tcp:50024");
      assertThat(Probes.probe(bed, client, serverAddress, probes))
          .allSatisfy(line -> assertThat(line).endsWith(" open"));

      bed.loadNft(server, ruleset);

      assertThat(Probes.probe(bed, client, serverAddress, probes))
          .containsExactly(
              "udp 850@10080 open",
              "udp 850@10081 blocked",
              "udp 861@10080 blocked",
              "udp 10080 open",
              "tcp 50000 open",
              "tcp 50024 blocked");
    }
  }

  @ParameterizedTest(name = "over {0}")
  @ValueSource(strings = {"IPv4", "IPv6"})
  void conntrackHelperLetsInOnlyTheStreamsAReplyAnnounces(String family) throws IOException {
    String ruleset = NftRuleset.format(PortsRulesetTest.helperExample(), Side.CLIENT);
    try (NetnsTestBed bed = NetnsTestBed.openWithNftables()) {
      NetworkNamespace server = bed.addNamespace("server");
      NetworkNamespace client = bed.addNamespace("client");
      VethLink link = bed.link(server, client);
      InetAddress clientAddress =
          family.equals("IPv6") ? link.address6In(client) : link.addressIn(client);
      Probes.listen(
          bed, client, "rep:10080:50001,50002,50003", "tcp:50001", "tcp:50003", "tcp:50005");
      bed.loadNft(client, ruleset);

      // A data port is closed until a REP from 10080/udp announces it, and only then.
      assertThat(
              Probes.probe(
                  bed,
                  server,
                  clientAddress,
                  "tcp:50001",
                  "rep:10080",
                  "tcp:50001",
                  "tcp:50003",
                  "tcp:50005"))
          .containsExactly(
              "tcp 50001 blocked",
              "rep 10080 open CONNECT DATA 50001 MESG 50002 INDEX 50003",
              "tcp 50001 open",
              "tcp 50003 open",
              "tcp 50005 blocked");
    }
  }

  /** Loads a firewall into the client namespace. */
  private interface FirewallLoader {
    void load(NetworkNamespace client, NetnsTestBed bed) throws IOException;
  }

  // Probes once without the firewall (every listener answers: a "blocked" later is the
  // firewall's doing), then once with it.
  private static void assertClientFirewall(
      NetnsTestBed bed,
      BiFunction<VethLink, NetworkNamespace, InetAddress> addressing,
      FirewallLoader loader)
      throws IOException {
    NetworkNamespace server = bed.addNamespace("server");
    NetworkNamespace client = bed.addNamespace("client");
    VethLink link = bed.link(server, client);
    InetAddress clientAddress = addressing.apply(link, client);
    Probes.listen(bed, client, CLIENT_LISTENERS);

    assertThat(Probes.probe(bed, server, clientAddress, CLIENT_PROBES))
        .allSatisfy(line -> assertThat(line).endsWith(" open"));

    loader.load(client, bed);

    assertThat(Probes.probe(bed, server, clientAddress, CLIENT_PROBES))
        .containsExactly(
            "tcp 49999 blocked",
            "tcp 50000 open",
            "tcp 50023 open",
            "tcp 50024 blocked",
            "udp 10080 open",
            "udp 10081 blocked");
  }
}
