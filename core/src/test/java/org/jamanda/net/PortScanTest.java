package org.jamanda.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jamanda.net.PortScan.Attempt;
import org.jamanda.net.PortScan.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan rules, driven by a scripted attempt (no sockets). */
class PortScanTest {
  private DatagramChannel unbound;

  @BeforeEach
  void openChannel() throws IOException {
    unbound = DatagramChannel.open();
  }

  @AfterEach
  void closeChannel() throws IOException {
    unbound.close();
  }

  @Test
  void triesEachPortOnceWrappingAtTheTop() throws IOException {
    ScriptedAttempt attempt = new ScriptedAttempt(port -> busy());

    Outcome<DatagramChannel> outcome =
        PortScan.scan(new PortRange(100, 104), 102, "tcp", ServicesFile.empty(), attempt);

    assertThat(attempt.tried).containsExactly(102, 103, 104, 100, 101);
    assertThat(outcome.found()).isFalse();
    assertThat(outcome.busy()).isEqualTo(5);
    assertThat(outcome.deniedForPrivilege()).isFalse();
  }

  @Test
  void returnsTheFirstPortThatBinds() throws IOException {
    ScriptedAttempt attempt =
        new ScriptedAttempt(port -> port == 101 ? Attempt.bound(unbound) : busy());

    Outcome<DatagramChannel> outcome =
        PortScan.scan(new PortRange(100, 104), 104, "tcp", ServicesFile.empty(), attempt);

    assertThat(attempt.tried).containsExactly(104, 100, 101);
    assertThat(outcome.port()).isEqualTo(101);
    assertThat(outcome.channel()).isSameAs(unbound);
    assertThat(outcome.busy()).isEqualTo(2);
  }

  @Test
  void skipsPortsNamedForAnotherServiceButNotAmandas(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("services");
    Files.writeString(file, "ftp-alt 101/tcp\namanda-x 102/tcp\nother 103/udp\n");
    ScriptedAttempt attempt = new ScriptedAttempt(port -> busy());

    Outcome<DatagramChannel> outcome =
        PortScan.scan(new PortRange(100, 103), 100, "tcp", ServicesFile.read(file), attempt);

    assertThat(attempt.tried).containsExactly(100, 102, 103);
    assertThat(outcome.skipped()).isEqualTo(1);
  }

  @Test
  void stopsTryingPrivilegedPortsAfterThePermissionIsDenied() throws IOException {
    ScriptedAttempt attempt = new ScriptedAttempt(port -> denied());

    Outcome<DatagramChannel> outcome =
        PortScan.scan(PortRange.PRIVILEGED, 700, "tcp", ServicesFile.empty(), attempt);

    assertThat(attempt.tried).containsExactly(700);
    assertThat(outcome.denied()).isEqualTo(512);
    assertThat(outcome.deniedForPrivilege()).isTrue();
  }

  @Test
  void keepsTryingUnprivilegedPortsAfterPrivilegedOnesAreDenied() throws IOException {
    ScriptedAttempt attempt =
        new ScriptedAttempt(port -> port < 1024 ? denied() : Attempt.bound(unbound));

    Outcome<DatagramChannel> outcome =
        PortScan.scan(new PortRange(1020, 1027), 1021, "tcp", ServicesFile.empty(), attempt);

    assertThat(attempt.tried).containsExactly(1021, 1024);
    assertThat(outcome.port()).isEqualTo(1024);
  }

  @Test
  void endsTheScanWhenAnUnprivilegedPortIsDenied() throws IOException {
    ScriptedAttempt attempt = new ScriptedAttempt(port -> denied());

    Outcome<DatagramChannel> outcome =
        PortScan.scan(new PortRange(2000, 2009), 2004, "udp", ServicesFile.empty(), attempt);

    assertThat(attempt.tried).containsExactly(2004);
    assertThat(outcome.denied()).isEqualTo(10);
    assertThat(outcome.deniedForPrivilege()).isTrue();
  }

  @Test
  void countsABusyPortAsBusyEvenWhenOthersAreDenied() throws IOException {
    ScriptedAttempt attempt = new ScriptedAttempt(port -> port == 1023 ? busy() : denied());

    Outcome<DatagramChannel> outcome =
        PortScan.scan(new PortRange(1022, 1023), 1023, "tcp", ServicesFile.empty(), attempt);

    assertThat(outcome.busy()).isEqualTo(1);
    assertThat(outcome.deniedForPrivilege()).isFalse();
  }

  @Test
  void rejectsAStartOutsideTheRange() {
    ScriptedAttempt attempt = new ScriptedAttempt(port -> busy());

    assertThatThrownBy(
            () -> PortScan.scan(new PortRange(10, 20), 21, "tcp", ServicesFile.empty(), attempt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first port 21 outside 10,20");
  }

  private static Attempt<DatagramChannel> busy() {
    return Attempt.busy(new BindException("Address already in use"));
  }

  private static Attempt<DatagramChannel> denied() {
    return Attempt.denied(new BindException("Permission denied"));
  }

  /** Answers each try from a script and records the ports tried, in order. */
  private static final class ScriptedAttempt implements PortScan.PortAttempt<DatagramChannel> {
    private final IntFunction<Attempt<DatagramChannel>> script;
    private final List<Integer> tried = new ArrayList<>();

    ScriptedAttempt(IntFunction<Attempt<DatagramChannel>> script) {
      this.script = script;
    }

    @Override
    public Attempt<DatagramChannel> tryPort(int port) {
      tried.add(port);
      return script.apply(port);
    }
  }
}
