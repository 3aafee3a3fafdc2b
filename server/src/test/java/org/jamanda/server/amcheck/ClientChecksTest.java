package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.common.ExecutorScheduler;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.exchange.UdpRequests;
import org.jamanda.net.ServicesFile;
import org.jamanda.security.bsd.UdpEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client checks against real jamanda amandad instances on 127.0.0.1. */
@Tag("net")
class ClientChecksTest {
  /** Fast timers: 3 REQs 200 ms apart, no second REQ cycle after a reply timeout. */
  private static final RetransmitPolicy FAST =
      new RetransmitPolicy(
          Duration.ofMillis(200), 3, 0, Duration.ofHours(1), Duration.ofMillis(200), 5);

  /** The clock of the summary line stands still: every run took 0.000 seconds. */
  private static final Clock STILL =
      Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path tmp;

  private final ExecutorScheduler scheduler = new ExecutorScheduler("test-timers");
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private UdpEndpoint endpoint;
  private String user;

  @BeforeEach
  void openEndpoint() throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    channel.bind(new InetSocketAddress(LoopbackNames.LOOPBACK, 0));
    endpoint = UdpEndpoint.start(channel, Optional.empty());
    user = LocalUser.current().name();
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
    endpoint.close();
    scheduler.close();
  }

  @Test
  void reportsNothingButTheSummaryForAHealthyHost() throws Exception {
    ScriptedSelfcheck selfcheck = ScriptedSelfcheck.answering();
    int port = amandad("ok", "localhost " + user + " amdump\n", selfcheck);
    RecordingReporter out = new RecordingReporter();

    int problems = checks().run(List.of(host("db1", port, tmp.toString())), out);

    assertThat(problems).isZero();
    assertThat(out.text())
        .isEqualTo(
            """
            Amanda Backup Client Hosts Check
            --------------------------------
            Client check: 1 host checked in 0.000 seconds.  0 problems found.
            """);
  }

  @Test
  void sendsTheDlesInXmlWithTheOptionsAmandaSends() throws Exception {
    ScriptedSelfcheck selfcheck = ScriptedSelfcheck.answering();
    int port = amandad("ok", "localhost " + user + " amdump\n", selfcheck);

    checks().run(List.of(host("db1", port, "/srv/a", "/srv/b")), new RecordingReporter());

    String request = selfcheck.nextRequest();
    assertThat(request)
        .startsWith(
            "OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=1;hostname=db1;"
                + "config=Daily;\n<dle>\n  <program>GNUTAR</program>\n")
        .contains("<disk>/srv/a</disk>", "<disk>/srv/b</disk>", "<auth>bsd</auth>");
  }

  @Test
  void printsTheErrorsTheClientFindsAndCountsThem() throws Exception {
    int port = amandad("ok", "localhost " + user + " amdump\n", ScriptedSelfcheck.answering());
    RecordingReporter out = new RecordingReporter();

    int problems = checks().run(List.of(host("db1", port, "/nonexistent/a", tmp + "")), out);

    assertThat(problems).isEqualTo(1);
    assertThat(out.lines())
        .containsExactly(
            "Amanda Backup Client Hosts Check",
            "--------------------------------",
            "HOST db1 ERROR: could not access /nonexistent/a (/nonexistent/a): No such file or"
                + " directory",
            "Client check: 1 host checked in 0.000 seconds.  1 problem found.");
  }

  @Test
  void showsTheAdviceOfAClientWhoseAmandahostsLacksTheUser() throws Exception {
    int port = amandad("nak", "localhost someoneelse amdump\n", ScriptedSelfcheck.answering());
    RecordingReporter out = new RecordingReporter();

    int problems = checks().run(List.of(host("db2", port, "/srv")), out);

    assertThat(problems).isEqualTo(1);
    assertThat(out.lines())
        .containsExactly(
            "Amanda Backup Client Hosts Check",
            "--------------------------------",
            "ERROR: NAK db2: user "
                + user
                + " from localhost is not allowed to execute the"
                + " service noop: Please add the line \"localhost "
                + user
                + " amdump\" to "
                + tmp.resolve("nak/.amandahosts")
                + " on the client",
            "       jamanda: amandad refused the noop request (step 1 of 2) to 127.0.0.1:"
                + port
                + "/udp",
            "Client check: 1 host checked in 0.000 seconds.  1 problem found.");
  }

  @Test
  void saysNoAckCameFromASilentHostAndWhy() throws Exception {
    int port = silentPort();
    RecordingReporter out = new RecordingReporter();

    int problems = checks().run(List.of(host("db3", port, "/srv")), out);

    assertThat(problems).isEqualTo(1);
    assertThat(out.lines())
        .containsExactly(
            "Amanda Backup Client Hosts Check",
            "--------------------------------",
            "ERROR: db3: selfcheck request failed: timeout waiting for ACK",
            "       jamanda: the noop request (step 1 of 2) to 127.0.0.1:"
                + port
                + "/udp was"
                + " sent 3 times and never acknowledged: amandad is not running there, or UDP"
                + " port "
                + port
                + " is blocked on the way to it",
            "Client check: 1 host checked in 0.000 seconds.  1 problem found.");
  }

  @Test
  void saysTheSelfcheckWasAcknowledgedButNeverAnswered() throws Exception {
    ScriptedSelfcheck hanging = ScriptedSelfcheck.hanging();
    toClose.add(hanging::release);
    int port = amandad("hang", "localhost " + user + " amdump\n", hanging);
    RecordingReporter out = new RecordingReporter();

    int problems = checks().run(List.of(host("db4", port, "/srv")), out);

    assertThat(problems).isEqualTo(1);
    assertThat(out.lines().subList(2, 4))
        .containsExactly(
            "ERROR: db4: selfcheck request failed: timeout waiting for REP",
            "       jamanda: amandad acknowledged the selfcheck request (step 2 of 2) to"
                + " 127.0.0.1:"
                + port
                + "/udp but sent no reply within 1 s (ctimeout): the"
                + " service hangs on the client, or replies to UDP port "
                + endpoint.localPort()
                + " are blocked on the way back");
  }

  @Test
  void checksAllHostsAtOnceAndReportsThemInDisklistOrder() throws Exception {
    int ok = amandad("ok", "localhost " + user + " amdump\n", ScriptedSelfcheck.answering());
    int nak = amandad("nak", "localhost nobody-here amdump\n", ScriptedSelfcheck.answering());
    int silent = silentPort();
    RecordingReporter out = new RecordingReporter();
    List<AmcheckHost> hosts =
        List.of(
            host("silent", silent, "/srv"),
            host("good", ok, tmp.toString()),
            host("refusing", nak, "/srv"),
            host("missing", ok, "/nonexistent"));

    long started = System.nanoTime();
    int problems = checks().run(hosts, out);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(problems).isEqualTo(3);
    assertThat(out.lines())
        .hasSize(8)
        .startsWith("Amanda Backup Client Hosts Check", "--------------------------------")
        .endsWith("Client check: 4 hosts checked in 0.000 seconds.  3 problems found.");
    assertThat(out.lines().get(2)).startsWith("ERROR: silent: selfcheck request failed");
    assertThat(out.lines().get(4)).startsWith("ERROR: NAK refusing: user ");
    assertThat(out.lines().get(6))
        .isEqualTo(
            "HOST missing ERROR: could not access /nonexistent (/nonexistent): No such file or"
                + " directory");
    // One silent host costs three ACK waits; run one by one, the others would add to it.
    assertThat(took).isLessThan(Duration.ofMillis(3 * 200 + 1500));
  }

  @Test
  void reportsAHostWhoseNameDoesNotResolve() throws Exception {
    RecordingReporter out = new RecordingReporter();

    int problems = checks(new LoopbackNames("nowhere")).run(List.of(host("nowhere", 1, "/")), out);

    assertThat(problems).isEqualTo(1);
    assertThat(out.lines().subList(2, 4))
        .containsExactly(
            "ERROR: nowhere: selfcheck request failed: resolve_hostname(nowhere): Name or service"
                + " not known",
            "       jamanda: the name has no address here; check DNS or /etc/hosts on the tape"
                + " server");
  }

  @Test
  void refusesToContactAHostOverAnAuthItCannotSpeak() throws Exception {
    RecordingReporter out = new RecordingReporter();
    AmcheckHost tcp = new AmcheckHost("db5", List.of(AmcheckDle.gnutar("/srv", "bsdtcp")));

    int problems = checks().run(List.of(tcp), out);

    assertThat(problems).isEqualTo(1);
    assertThat(out.lines().subList(2, 4))
        .containsExactly(
            "ERROR: db5: auth 'bsdtcp' is not implemented in jamanda's amcheck yet",
            "       jamanda checks only hosts whose dumptypes use auth \"bsd\" or \"bsdudp\"");
  }

  @Test
  void reportsDlesOfOneHostThatDisagreeOnAuthOrMaxdumps() throws Exception {
    int port = amandad("ok", "localhost " + user + " amdump\n", ScriptedSelfcheck.answering());
    AmcheckDle first = AmcheckDle.gnutar(tmp.toString(), "bsd").withClientPort("" + port);
    AmcheckDle second = AmcheckDle.gnutar(tmp.toString(), "bsdudp").withMaxdumps(4);
    RecordingReporter out = new RecordingReporter();

    int problems = checks().run(List.of(new AmcheckHost("db6", List.of(first, second))), out);

    assertThat(problems).isEqualTo(2);
    assertThat(out.lines().subList(2, 6))
        .containsExactly(
            "ERROR: Multiple DLE's for host 'db6' use different auth methods",
            "       Please ensure that all DLE's for the host use the same auth method,"
                + " including skipped ones",
            "ERROR: Multiple DLE's for host 'db6' use different maxdumps values",
            "       Please ensure that all DLE's for the host use the same maxdumps value,"
                + " including skipped ones");
  }

  private ClientChecks checks() {
    return checks(new LoopbackNames());
  }

  private ClientChecks checks(LoopbackNames names) {
    ClientCheckSettings settings =
        ClientCheckSettings.defaults("Daily", ServicesFile.empty())
            .withPolicy(FAST)
            .withReplyTimeout(Duration.ofSeconds(1));
    UdpRequests requests = new UdpRequests(endpoint, user, FAST, scheduler, Clock.systemUTC());
    return new ClientChecks(requests, endpoint.localPort(), names, settings, STILL);
  }

  private int amandad(String name, String amandahosts, ScriptedSelfcheck selfcheck)
      throws IOException {
    LoopbackAmandad amandad =
        LoopbackAmandad.start(
            tmp.resolve(name), amandahosts, scheduler, LoopbackAmandad.noop(), selfcheck);
    toClose.add(amandad);
    return amandad.port();
  }

  // A bound socket nobody reads: requests to it are never answered.
  private int silentPort() throws IOException {
    DatagramChannel silent = DatagramChannel.open();
    silent.bind(new InetSocketAddress(LoopbackNames.LOOPBACK, 0));
    toClose.add(silent);
    return ((InetSocketAddress) silent.getLocalAddress()).getPort();
  }

  private static AmcheckHost host(String name, int port, String... disks) {
    List<AmcheckDle> dles = new ArrayList<>();
    for (String disk : disks) {
      dles.add(AmcheckDle.gnutar(disk, "bsd").withClientPort("" + port));
    }
    return new AmcheckHost(name, dles);
  }
}
