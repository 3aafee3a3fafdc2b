package org.jamanda.it.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jamanda.testing.Prerequisites;
import org.jamanda.testing.netns.CommandFailedException;
import org.jamanda.testing.netns.CommandResult;
import org.jamanda.testing.netns.NamespaceProcess;
import org.jamanda.testing.netns.NetnsTestBed;
import org.jamanda.testing.netns.NetworkNamespace;
import org.jamanda.testing.netns.VethLink;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The namespace test bed that the port tests run on: isolation, bounds and cleanup. */
@Tag("root")
class PortsTestBedTest {

  /** Runs a read-only command in the host's namespace, bounded, and returns its output. */
  private static String hostCommand(String... command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted running " + String.join(" ", command));
    }
    // Small outputs (a few KiB) fit the pipe, so waiting first cannot stall the command.
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void namesNamespacesUniquelyWithTheJtPrefix() throws IOException {
    try (NetnsTestBed first = NetnsTestBed.open();
        NetnsTestBed second = NetnsTestBed.open()) {
      NetworkNamespace a = first.addNamespace("client");
      NetworkNamespace b = second.addNamespace("client");

      assertThat(a.name()).startsWith("jt-").endsWith("-client");
      assertThat(b.name()).startsWith("jt-").isNotEqualTo(a.name());
      assertThat(hostCommand("ip", "netns", "list")).contains(a.name(), b.name());
    }
  }

  @Test
  void linkJoinsTwoNamespacesAndLeavesTheHostAlone() throws IOException {
    String hostLinksBefore = hostCommand("ip", "-o", "link", "show");
    String hostRoutesBefore = hostCommand("ip", "route", "show");
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace server = bed.addNamespace("server");
      NetworkNamespace client = bed.addNamespace("client");

      VethLink link = bed.link(server, client);

      assertThat(link.addressIn(server).getHostAddress()).isEqualTo("10.201.1.1");
      assertThat(link.addressIn(client).getHostAddress()).isEqualTo("10.201.1.2");
      assertThat(link.address6In(server).getHostAddress()).isEqualTo("fd00:201:1:0:0:0:0:1");
      assertThat(bed.execOk(client, "ip", "-o", "addr", "show", "dev", link.interfaceB()).stdout())
          .contains("10.201.1.2/24", "fd00:201:1::2/64")
          .doesNotContain("tentative");
      assertThat(hostCommand("ip", "-o", "link", "show")).isEqualTo(hostLinksBefore);
      assertThat(hostCommand("ip", "route", "show")).isEqualTo(hostRoutesBefore);
    }
  }

  @Test
  void closeDeletesNamespacesAndKillsEveryProcessInThem() throws IOException {
    NetnsTestBed bed = NetnsTestBed.open();
    NetworkNamespace ns = bed.addNamespace("worker");
    NamespaceProcess started = bed.start(ns, "sleep", "60");
    CommandResult forked = bed.exec(ns, "sh", "-c", "sleep 60 >/dev/null 2>&1 & echo $!");
    long orphan = Long.parseLong(forked.stdout().strip());

    bed.close();

    assertThat(started.isAlive()).isFalse();
    assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(hostCommand("ip", "netns", "list")).doesNotContain(ns.name());
    assertThat(bed.namespaces()).containsExactly(ns);
  }

  @Test
  void shutdownHookDeletesTheNamespacesOfABedNeverClosed() throws IOException {
    Prerequisites.requireRoot();
    Prerequisites.requireCommand("ip");

    String output = hostCommand(ChildJvm.commandWithClassPath(BedLeftOpen.class));

    String name =
        output.lines().filter(line -> line.matches("jt-\\S+-abandoned")).findFirst().orElse(output);
    assertThat(name).startsWith("jt-");
    assertThat(hostCommand("ip", "netns", "list")).doesNotContain(name);
  }

  @Test
  void execKillsACommandThatRunsPastItsLimit() throws IOException {
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace ns = bed.addNamespace("slow");
      long start = System.nanoTime();

      assertThatExceptionOfType(CommandFailedException.class)
          .isThrownBy(() -> bed.exec(ns, Duration.ofMillis(300), "sleep", "30"))
          .withMessageStartingWith("command ran past 300 ms and was killed: ip netns exec ");

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void execOkReportsTheExitAndOutputOfAFailedCommand() throws IOException {
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace ns = bed.addNamespace("fail");

      assertThatExceptionOfType(CommandFailedException.class)
          .isThrownBy(() -> bed.execOk(ns, "sh", "-c", "echo oops >&2; exit 3"))
          .withMessageContaining("exited 3")
          .withMessageContaining("stderr: oops");
    }
  }

  @Test
  void awaitLineFailsWithTheOutputWhenTheProcessEndsFirst() throws IOException {
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace ns = bed.addNamespace("short");
      NamespaceProcess process = bed.start(ns, "sh", "-c", "echo hello; exit 0");

      assertThatExceptionOfType(CommandFailedException.class)
          .isThrownBy(() -> process.awaitLine("ready", Duration.ofSeconds(5)))
          .withMessageStartingWith("process ended without the line")
          .withMessageContaining("hello");
    }
  }

  @Test
  void awaitLineGivesUpAtItsLimit() throws IOException {
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace ns = bed.addNamespace("quiet");
      NamespaceProcess process = bed.start(ns, "sleep", "30");

      assertThatExceptionOfType(CommandFailedException.class)
          .isThrownBy(() -> process.awaitLine("ready", Duration.ofMillis(300)))
          .withMessageStartingWith("no matching line in time");
    }
  }

  @Test
  void sysctlChangesOnlyTheNamespace() throws IOException {
    String hostValue = hostCommand("sysctl", "-n", "net.ipv4.tcp_syn_retries").strip();
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace ns = bed.addNamespace("tuned");

      bed.sysctl(ns, "net.ipv4.tcp_syn_retries", "1");

      assertThat(bed.execOk(ns, "sysctl", "-n", "net.ipv4.tcp_syn_retries").stdout().strip())
          .isEqualTo("1");
      assertThat(hostCommand("sysctl", "-n", "net.ipv4.tcp_syn_retries").strip())
          .isEqualTo(hostValue);
    }
  }

  @Test
  void refusesANamespaceOfAnotherBed() throws IOException {
    try (NetnsTestBed first = NetnsTestBed.open();
        NetnsTestBed second = NetnsTestBed.open()) {
      NetworkNamespace foreign = first.addNamespace("mine");

      assertThatExceptionOfType(IllegalArgumentException.class)
          .isThrownBy(() -> second.exec(foreign, "true"))
          .withMessageEndingWith("does not belong to this bed");
      assertThat(List.of(first.namespaces(), second.namespaces()))
          .containsExactly(List.of(foreign), List.of());
    }
  }
}
