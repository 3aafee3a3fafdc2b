package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jamanda.testing.netns.CommandResult;
import org.jamanda.testing.netns.NetnsTestBed;
import org.jamanda.testing.netns.NetworkNamespace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * amcheck of five jamanda amandads, on 127.0.0.2..6 of a namespace of its own, while nftables drops
 * UDP datagrams there in a fixed pattern: the protocol's retransmissions carry the checks through
 * 30% loss, and 100% loss is reported host by host within the timers' bound.
 */
@Tag("root")
@Tag("net")
@Timeout(240)
class RequestLossTest {
  private static final int CLIENTS = 5;

  @TempDir Path work;

  private NetnsTestBed bed;
  private NetworkNamespace lossy;
  private JamandaJar jar;

  @BeforeEach
  void startClients() throws IOException {
    jar = JamandaJar.locate();
    bed = NetnsTestBed.openWithNftables();
    lossy = bed.addNamespace("lossy");
    LoopbackClients clients = new LoopbackClients(CLIENTS, work);
    clients.writeConfig("Loss", CLIENTS);
    clients.startAmandad(bed, lossy, jar);
  }

  @AfterEach
  void stop() throws IOException {
    if (bed != null) {
      bed.close();
    }
  }

  // Each rule has its own counter, so each client's datagrams meet the same pattern whatever the
  // others do: of every ten, the 1st, 4th and 7th are dropped, never three in a row.
  @Test
  void amcheckOfFiveClientsSucceedsWithThirtyPercentOfDatagramsDropped() throws IOException {
    StringBuilder rules = new StringBuilder();
    for (int i = 0; i < CLIENTS; i++) {
      rules.append(dropRule("ip daddr " + client(i) + " udp dport 10080"));
      rules.append(dropRule("ip saddr " + client(i) + " udp sport 10080"));
    }
    bed.loadNft(lossy, table(rules.toString()));

    CommandResult amcheck = amcheck();

    assertThat(amcheck.stdout())
        .as(amcheck.describe())
        .containsPattern(
            "Client check: 5 hosts checked in [0-9.]+ seconds\\.  0 problems found\\.");
    assertThat(amcheck.exitCode()).isZero();
    assertThat(droppedPerRule())
        .as("every rule dropped datagrams")
        .hasSize(2 * CLIENTS)
        .allMatch(dropped -> dropped > 0);
  }

  @Test
  void amcheckReportsEveryHostAsNotAnsweringWhenEverythingIsDropped() throws IOException {
    bed.loadNft(lossy, table("    udp dport 10080 counter drop\n"));

    CommandResult amcheck = amcheck();

    assertThat(amcheck.exitCode()).as(amcheck.describe()).isNotZero();
    for (int i = 0; i < CLIENTS; i++) {
      assertThat(amcheck.stdout())
          .contains("ERROR: " + client(i) + ": selfcheck request failed: timeout waiting for ACK");
    }
    Matcher took =
        Pattern.compile("5 hosts checked in ([0-9.]+) seconds\\.  5 problems found")
            .matcher(amcheck.stdout());
    assertThat(took.find()).as(amcheck.stdout()).isTrue();
    // Three REQs ten seconds apart, all hosts at once: about 30 s, never 5 x 30 s.
    assertThat(Double.parseDouble(took.group(1))).isLessThan(60.0);
  }

  private CommandResult amcheck() throws IOException {
    List<String> line = jar.commandLine("amcheck", "--config-dir", work.toString(), "-c", "Loss");
    return bed.exec(lossy, Duration.ofSeconds(200), line.toArray(String[]::new));
  }

  private List<Long> droppedPerRule() throws IOException {
    String listing = bed.execOk(lossy, "nft", "list", "table", "inet", "loss").stdout();
    Matcher counter = Pattern.compile("counter packets (\\d+)").matcher(listing);
    List<Long> dropped = new ArrayList<>();
    while (counter.find()) {
      dropped.add(Long.parseLong(counter.group(1)));
    }
    return dropped;
  }

  private static String dropRule(String match) {
    return "    " + match + " numgen inc mod 10 { 0, 3, 6 } counter drop\n";
  }

  private static String table(String rules) {
    return "table inet loss {\n"
        + "  chain input {\n"
        + "    type filter hook input priority 0; policy accept;\n"
        + rules
        + "  }\n"
        + "}\n";
  }

  private static String client(int i) {
    return LoopbackClients.client(i);
  }
}
