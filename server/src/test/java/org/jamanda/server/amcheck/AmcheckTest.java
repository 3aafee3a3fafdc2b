package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.common.ExecutorScheduler;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.net.PortRange;
import org.jamanda.net.ServicesFile;
import org.jamanda.testing.Prerequisites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * amcheck end to end: a configuration on disk, vtapes with labels, a holding disk, and real amandad
 * instances on 127.0.0.1.
 */
@Tag("net")
class AmcheckTest {
  private static final RetransmitPolicy FAST =
      new RetransmitPolicy(
          Duration.ofMillis(200), 3, 0, Duration.ofHours(1), Duration.ofMillis(200), 5);

  private static final Clock STILL =
      Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path root;

  private final ExecutorScheduler scheduler = new ExecutorScheduler("test-timers");
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private String user;

  @BeforeEach
  void labelVtapes() throws IOException {
    user = LocalUser.current().name();
    label(1, "X", "Daily-1");
    label(2, "20261201000000", "Daily-2");
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
    scheduler.close();
  }

  @Test
  void passesEveryCheckOfAHealthySiteWhenRunAsRoot() throws Exception {
    Prerequisites.requireRoot();
    int port = amandad("localhost " + user + " amdump\n");
    AmcheckSite site = SiteFiles.site(SiteFiles.write(root, "db1 " + root + " tar-bsd\n", port));
    RecordingReporter out = new RecordingReporter();

    AmcheckResult result =
        amcheck(site).run(AmcheckOptions.of(false, false, false, false, false), out);

    assertThat(result.exitStatus()).isZero();
    assertThat(out.text().replaceAll("': [0-9]+ KB disk", "': N KB disk"))
        .isEqualTo(
            """
            Amanda Tape Server Host Check
            -----------------------------
            NOTE: Holding disk '@ROOT@/holding': N KB disk space available, using 1024 KB as requested
            NOTE: @NOT_CHECKED@
            slot 1: volume 'Daily-1'
            slot 2: volume 'Daily-2'
            Will write to volume 'Daily-1' in slot 1.
            NOTE: skipping tape-writable test
            Server check took 0.000 seconds
            Amanda Backup Client Hosts Check
            --------------------------------
            Client check: 1 host checked in 0.000 seconds.  0 problems found.
            (brought to you by Amanda 3.5.1)
            """
                .replace("@ROOT@", root.toString())
                .replace("@NOT_CHECKED@", ServerChecks.NOT_CHECKED));
  }

  @Test
  void failsWhenRequestsWouldLeaveFromAnUnprivilegedPort() throws Exception {
    int port = amandad("localhost " + user + " amdump\n");
    AmcheckSite site = SiteFiles.site(SiteFiles.write(root, "db1 " + root + " tar-bsd\n", port));
    DatagramChannel holder = heldPort();
    int held = ((InetSocketAddress) holder.getLocalAddress()).getPort();
    AmcheckSite busy =
        site.withPorts(
            site.ports()
                .withPrivilegedPorts(new PortRange(held, held))
                .withReservedUdpPort(new PortRange(held, held)));
    RecordingReporter out = new RecordingReporter();

    AmcheckResult result =
        amcheck(busy).run(AmcheckOptions.of(false, false, true, false, false), out);

    assertThat(result.exitStatus()).isEqualTo(1);
    assertThat(result.serverProblems()).isEqualTo(1);
    assertThat(out.lines())
        .anyMatch(
            l ->
                l.matches(
                    "ERROR: requests would go out from unprivileged UDP port [0-9]+: no port of "
                        + held
                        + ","
                        + held
                        + " could be bound"))
        .doesNotContain("Amanda Backup Client Hosts Check");
  }

  @Test
  void checksOnlyTheClientsWithDashC() throws Exception {
    int port = amandad("localhost " + user + " amdump\n");
    AmcheckSite site =
        SiteFiles.site(
            SiteFiles.write(root, "db1 " + root + " tar-bsd\ndb1 /nonexistent tar-bsd\n", port));
    RecordingReporter out = new RecordingReporter();

    AmcheckResult result =
        amcheck(site).run(AmcheckOptions.of(false, true, false, false, false), out);

    assertThat(result.exitStatus()).isEqualTo(1);
    assertThat(result.clientProblems()).isEqualTo(1);
    assertThat(out.lines())
        .containsExactly(
            "Amanda Backup Client Hosts Check",
            "--------------------------------",
            "HOST db1 ERROR: could not access /nonexistent (/nonexistent): No such file or"
                + " directory",
            "Client check: 1 host checked in 0.000 seconds.  1 problem found.",
            "(brought to you by Amanda 3.5.1)");
  }

  @Test
  void checksOnlyTheTapeWithDashT() throws Exception {
    AmcheckSite site = SiteFiles.site(SiteFiles.write(root, "db1 /srv tar-bsd\n", 9));
    RecordingReporter out = new RecordingReporter();

    AmcheckResult result =
        amcheck(site).run(AmcheckOptions.of(false, false, false, true, false), out);

    assertThat(result.exitStatus()).isZero();
    assertThat(out.lines())
        .containsExactly(
            "Amanda Tape Server Host Check",
            "-----------------------------",
            "slot 1: volume 'Daily-1'",
            "slot 2: volume 'Daily-2'",
            "Will write to volume 'Daily-1' in slot 1.",
            "NOTE: skipping tape-writable test",
            "Server check took 0.000 seconds",
            "(brought to you by Amanda 3.5.1)");
  }

  @Test
  void refusesToCheckAChangerOtherThanChgDisk() throws Exception {
    SiteFiles.write(root, "db1 /srv tar-bsd\n", 9);
    Path conf = root.resolve("Daily/amanda.conf");
    Files.writeString(
        conf,
        Files.readString(conf).replace("tpchanger \"vtapes\"", "tpchanger \"tape:/dev/nst0\""));
    RecordingReporter out = new RecordingReporter();

    AmcheckResult result =
        amcheck(SiteFiles.site(root)).run(AmcheckOptions.of(false, false, false, true, false), out);

    assertThat(result.serverProblems()).isEqualTo(1);
    assertThat(out.lines().subList(2, 4))
        .containsExactly(
            "ERROR: tape changer 'tape:/dev/nst0': jamanda checks only chg-disk changers yet",
            "       the volumes of this changer are not checked");
  }

  @Test
  void warnsWithoutCountingWhenNoChangerIsConfigured() throws Exception {
    SiteFiles.write(root, "db1 /srv tar-bsd\n", 9);
    Path conf = root.resolve("Daily/amanda.conf");
    Files.writeString(conf, Files.readString(conf).replace("tpchanger \"vtapes\"", ""));
    RecordingReporter out = new RecordingReporter();

    AmcheckResult result =
        amcheck(SiteFiles.site(root)).run(AmcheckOptions.of(false, false, false, true, false), out);

    assertThat(result.exitStatus()).isZero();
    assertThat(out.lines().get(2))
        .isEqualTo(
            "WARNING: Parameter \"tapedev\", \"tpchanger\" or storage not specified in"
                + " amanda.conf");
  }

  @Test
  void countsRefusedDlesSilentHostsAndBadArgumentsAsProblems() throws Exception {
    int silent = heldPortNumber();
    AmcheckSite site =
        SiteFiles.site(
            SiteFiles.write(root, "db1 /srv tar-bsd\ndb2 /home custom-comp\n", silent),
            "db1",
            "db2",
            "db?");
    RecordingReporter out = new RecordingReporter();

    AmcheckResult result =
        amcheck(site).run(AmcheckOptions.of(false, true, false, false, false), out);

    assertThat(result).isEqualTo(new AmcheckResult(1, 0, 2));
    assertThat(out.lines().get(0)).startsWith("ERROR: Argument 'db?' is a host or disk expression");
    assertThat(out.lines()).anyMatch(l -> l.startsWith("ERROR: db2:/home: dumptype custom-comp"));
    assertThat(out.lines())
        .contains("ERROR: db1: selfcheck request failed: timeout waiting for ACK")
        .contains("Client check: 1 host checked in 0.000 seconds.  2 problems found.");
  }

  private Amcheck amcheck(AmcheckSite site) {
    ClientCheckSettings settings =
        Amcheck.clientSettings(site, ServicesFile.empty())
            .withPolicy(FAST)
            .withReplyTimeout(Duration.ofSeconds(2));
    return new Amcheck(site, settings, new LoopbackNames(), scheduler, STILL, user);
  }

  private int amandad(String amandahosts) throws IOException {
    LoopbackAmandad amandad =
        LoopbackAmandad.start(
            root.resolve("client-home"),
            amandahosts,
            scheduler,
            LoopbackAmandad.noop(),
            ScriptedSelfcheck.answering());
    toClose.add(amandad);
    return amandad.port();
  }

  // A UDP port on the wildcard address that this test holds and never reads.
  private DatagramChannel heldPort() throws IOException {
    DatagramChannel holder = DatagramChannel.open();
    holder.bind(new InetSocketAddress(0));
    toClose.add(holder);
    return holder;
  }

  private int heldPortNumber() throws IOException {
    return ((InetSocketAddress) heldPort().getLocalAddress()).getPort();
  }

  private void label(int slot, String date, String label) throws IOException {
    Path dir = Files.createDirectories(root.resolve("vtapes/slot" + slot));
    byte[] block = new byte[VolumeLabel.BLOCK_BYTES];
    byte[] text =
        ("AMANDA: TAPESTART DATE " + date + " TAPE " + label + "\n\f\n")
            .getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, block, 0, text.length);
    Files.write(dir.resolve("00000." + label), block);
  }
}
