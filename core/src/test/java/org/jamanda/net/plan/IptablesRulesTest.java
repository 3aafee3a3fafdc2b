package org.jamanda.net.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IptablesRulesTest {

  @Test
  void clientRulesOfTheWorkedExample() {
    String rules = IptablesRules.format(Inputs.workedExample().plan(), Side.CLIENT);

    assertThat(rules)
        .isEqualTo(
            """
            # jamanda port plan for the client (IPv4; for IPv6 use nft)
            # iptables-restore replaces the filter table: add the host's other services
            # (ssh, ...) to INPUT before loading it.
            *filter
            :INPUT DROP [0:0]
            :FORWARD ACCEPT [0:0]
            :OUTPUT ACCEPT [0:0]
            -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
            -A INPUT -i lo -j ACCEPT
            -A INPUT -p udp -m udp --dport 10080 -m comment --comment "bsd: amandad requests \
            from planner, amcheck, dumpers" -j ACCEPT
            -A INPUT -p tcp -m tcp --dport 50000:50023 -m comment --comment "bsd: sendbackup's \
            data-stream listeners" -j ACCEPT
            COMMIT
            """);
  }

  @Test
  void serverRulesMatchTheRepliesSourcePort() {
    String rules = IptablesRules.format(Inputs.workedExample().plan(), Side.TAPE_SERVER);

    assertThat(rules).contains("-A INPUT -p udp -m udp --sport 10080 --dport 840:860 ");
  }

  @Test
  void assignsTheHelperInTheRawTableWhenNoDataRangeIsSet() {
    String rules = IptablesRules.format(Inputs.bsd().plan(), Side.CLIENT);

    assertThat(rules)
        .contains(
            """
            *raw
            :PREROUTING ACCEPT [0:0]
            :OUTPUT ACCEPT [0:0]
            -A PREROUTING -p udp -m udp --dport 10080 -j CT --helper amanda
            COMMIT
            *filter
            """);
  }
}
