package org.jamanda.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jamanda.config.hosts.LocalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answer a peer can get from the .amandahosts check, with Amanda's exact NAK text. */
class HostAccessPolicyTest {
  @TempDir Path home;
  private Path file;
  private LocalUser me;
  private HostAccessPolicy policy;
  private InetAddress loopback;
  private InetAddress lan;

  @BeforeEach
  void setUp() throws IOException {
    me = LocalUser.current();
    policy = HostAccessPolicy.inHome(home, me);
    file = home.resolve(".amandahosts");
    loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    lan = InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7});
  }

  @Test
  void allowsListedPeer() throws IOException {
    write("localhost backup amdump\n", "rw-------");

    AccessDecision decision = policy.check("localhost", loopback, "backup", "sendbackup");

    assertThat(decision.isAllowed()).isTrue();
    assertThat(decision).isEqualTo(AccessDecision.allowed());
  }

  @ParameterizedTest
  @ValueSource(strings = {"noop", "selfcheck", "sendsize", "sendbackup", "amdump"})
  void tellsClientWhichLineToAddForBackupServices(String service) throws IOException {
    write("localhost backup\n", "rw-------");

    AccessDecision decision = policy.check("localhost", loopback, "root", service);

    assertThat(decision)
        .isEqualTo(
            AccessDecision.denied(
                "user root from localhost is not allowed to execute the service "
                    + service
                    + ": Please add the line \"localhost root amdump\" to "
                    + file
                    + " on the client"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"amindexd", "amidxtaped"})
  void tellsServerWhichLineToAddForRecoveryServices(String service) throws IOException {
    write("client1.example.com root amdump\n", "rw-------");

    AccessDecision decision = policy.check("client1.example.com", lan, "root", service);

    assertThat(decision)
        .isEqualTo(
            AccessDecision.denied(
                "user root from client1.example.com is not allowed to execute the service "
                    + service
                    + ": Please add the line \"client1.example.com root amindexd amidxtaped\" to "
                    + file
                    + " on the server"));
  }

  @Test
  void callsUnlistedUnknownServiceInvalid() throws IOException {
    write("localhost backup\n", "rw-------");

    AccessDecision decision = policy.check("localhost", loopback, "backup", "foo");

    assertThat(decision)
        .isEqualTo(
            AccessDecision.denied(
                "user backup from localhost is not allowed to execute the service foo: "
                    + file
                    + ": invalid service foo"));
  }

  @Test
  void allowsUnknownServiceListedByName() throws IOException {
    write("localhost backup senddiscover\n", "rw-------");

    assertThat(policy.check("localhost", loopback, "backup", "senddiscover").isAllowed()).isTrue();
  }

  @Test
  void namesThePeerAsResolvedInTheAdvice() throws IOException {
    write("localhost backup\n", "rw-------");

    AccessDecision decision = policy.check("amlab-bsd", lan, "backup", "noop");

    assertThat(((AccessDecision.Denied) decision).message())
        .endsWith(
            ": Please add the line \"amlab-bsd backup amdump\" to " + file + " on the client");
  }

  @Test
  void deniesEverythingWhenFileIsOpenToOthers() throws IOException {
    write("localhost backup amdump\n", "rw-r--r--");

    AccessDecision decision = policy.check("localhost", loopback, "backup", "noop");

    assertThat(decision)
        .isEqualTo(
            AccessDecision.denied(
                "user backup from localhost is not allowed to execute the service noop: "
                    + file
                    + ": incorrect permissions; file must be accessible only by its owner"
                    + " (chmod 600 "
                    + file
                    + ")"));
  }

  @Test
  void deniesEverythingWhenFileIsMissing() {
    AccessDecision decision = policy.check("localhost", loopback, "backup", "noop");

    assertThat(decision)
        .isEqualTo(
            AccessDecision.denied(
                "user backup from localhost is not allowed to execute the service noop: "
                    + "cannot open "
                    + file
                    + ": No such file or directory"));
  }

  @Test
  void deniesEverythingWhenFileHasAnotherOwner() throws IOException {
    write("localhost backup amdump\n", "rw-------");
    HostAccessPolicy asOther = new HostAccessPolicy(file, new LocalUser("backup", me.uid() + 1));

    AccessDecision decision = asOther.check("localhost", loopback, "backup", "noop");

    assertThat(((AccessDecision.Denied) decision).message())
        .isEqualTo(
            "user backup from localhost is not allowed to execute the service noop: "
                + file
                + ": owned by id "
                + me.uid()
                + ", should be "
                + (me.uid() + 1));
  }

  @Test
  void readsTheFileAgainForEveryRequest() throws IOException {
    write("localhost backup\n", "rw-------");
    AccessDecision before = policy.check("localhost", loopback, "root", "amindexd");

    Files.writeString(file, "localhost root amindexd amidxtaped\n", UTF_8);
    AccessDecision after = policy.check("localhost", loopback, "root", "amindexd");

    assertThat(before.isAllowed()).isFalse();
    assertThat(after.isAllowed()).isTrue();
  }

  @Test
  void matchesAmandaNaksCapturedFromDebianClient() throws IOException {
    // The lab's ~backup/.amandahosts when amandad 3.5.1 sent the NAKs of amanda-wire.md §4.2.
    Path file = home.resolve("lab-amandahosts");
    Files.writeString(
        file,
        """
        localhost backup amdump
        localhost root amindexd amidxtaped
        localhost backup amindexd amidxtaped
        """,
        UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    HostAccessPolicy client = new HostAccessPolicy(file, me);

    AccessDecision noop = client.check("localhost", loopback, "root", "noop");
    AccessDecision foo = client.check("localhost", loopback, "backup", "foo");

    // Both texts as amandad 3.5.1 sent them, with the file's path in place of Debian's.
    assertThat(((AccessDecision.Denied) noop).nakBody())
        .isEqualTo(
            "ERROR user root from localhost is not allowed to execute the service noop: Please"
                + " add the line \"localhost root amdump\" to "
                + file
                + " on the client\n");
    assertThat(((AccessDecision.Denied) foo).nakBody())
        .isEqualTo(
            "ERROR user backup from localhost is not allowed to execute the service foo: "
                + file
                + ": invalid service foo\n");
  }

  @Test
  void acceptsPrivilegedPeerPorts() {
    assertThat(HostAccessPolicy.checkPeerPort("localhost", 1023).isAllowed()).isTrue();
    assertThat(HostAccessPolicy.checkPeerPort("localhost", 512).isAllowed()).isTrue();
    assertThat(HostAccessPolicy.checkPeerPort("localhost", 0).isAllowed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1024, 40000, 65535})
  void refusesUnprivilegedPeerPortWithAmandaText(int port) {
    AccessDecision decision = HostAccessPolicy.checkPeerPort("localhost", port);

    assertThat(((AccessDecision.Denied) decision).nakBody())
        .isEqualTo("ERROR host localhost: port " + port + " not secure\n");
  }

  @Test
  void rejectsImpossiblePortNumbers() {
    assertThatThrownBy(() -> HostAccessPolicy.checkPeerPort("localhost", 65536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("peer port 65536 is outside 0..65535");
    assertThatThrownBy(() -> HostAccessPolicy.checkPeerPort("localhost", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesEmptyDenialMessage() {
    assertThatThrownBy(() -> AccessDecision.denied(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a denial needs a message");
  }

  private void write(String text, String mode) throws IOException {
    Files.writeString(file, text, UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
  }
}
