package org.jamanda.net.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.jamanda.net.PortRange;
import org.junit.jupiter.api.Test;

class NftRulesetTest {

  @Test
  void clientRulesetOfTheWorkedExample() {
    String ruleset = NftRuleset.format(Inputs.workedExample().plan(), Side.CLIENT);

    assertThat(ruleset)
        .isEqualTo(
            """
            # jamanda port plan for the client
            # Drops every inbound packet not accepted below: add the host's other services
            # (ssh, ...) before loading it with nft -f.
            table inet jamanda_client
            delete table inet jamanda_client
            table inet jamanda_client {
                chain input {
                    type filter hook input priority 0; policy drop;
                    ct state established,related accept
                    iif "lo" accept
                    icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept
                    udp dport 10080 accept comment "bsd: amandad requests from planner, amcheck, \
            dumpers"
                    tcp dport 50000-50023 accept comment "bsd: sendbackup's data-stream listeners"
                }
            }
            """);
  }

  @Test
  void serverRulesetNarrowsRepliesToTheClientPort() {
    String ruleset = NftRuleset.format(Inputs.workedExample().plan(), Side.TAPE_SERVER);

    assertThat(ruleset)
        .startsWith("# jamanda port plan for the tape server\n")
        .contains("table inet jamanda_server {\n")
        .contains(
            "        udp sport 10080 udp dport 840-860 accept comment \"bsd: amandad's ACK and"
                + " REP to planner, amcheck, dumpers (late replies, stateless firewalls)\"\n")
        .contains(
            "        udp dport 10080 accept comment \"bsd: amrecover requests to amandad"
                + " (amindexd, amidxtaped)\"\n");
  }

  @Test
  void declaresAndAssignsTheAmandaHelperWhenNoDataRangeIsSet() {
    String ruleset = NftRuleset.format(Inputs.bsd().clientPort(10090).plan(), Side.CLIENT);

    assertThat(ruleset)
        .contains(
            """
            table inet jamanda_client {
                ct helper amanda-udp {
                    type "amanda" protocol udp
                    l3proto inet
                }
                chain input {
            """)
        .contains("        udp dport 10090 ct helper set \"amanda-udp\"\n")
        .doesNotContain("tcp dport");
  }

  @Test
  void writesNoHelperWhenTheRangeIsOpen() {
    String ruleset = NftRuleset.format(Inputs.workedExample().plan(), Side.CLIENT);

    assertThat(ruleset).doesNotContain("helper");
  }

  @Test
  void keepsCommentsWithinNftsLimitAndFreeOfQuotes() {
    InboundRule rule =
        new InboundRule(
            Transport.TCP,
            new PortRange(1, 1),
            Optional.empty(),
            Set.of(Auth.BSD),
            "say \"x\" " + "y".repeat(200));

    String comment = NftRuleset.comment(rule);

    assertThat(comment).hasSize(128).startsWith("bsd: say 'x' yyy").endsWith("...");
  }
}
