package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.jamanda.cli.Jamanda;
import org.jamanda.testing.amanda.AmandaHostsFixture;
import org.jamanda.testing.amanda.DebianAmanda;
import org.jamanda.testing.amanda.PrivatePorts;
import org.jamanda.testing.amanda.TempFiles;
import org.jamanda.testing.amanda.Transport;
import org.jamanda.testing.amanda.XinetdService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jamanda's amcheck as the tape server, Debian's amandad 3.5.1 under xinetd as the client, over
 * auth bsd and bsdudp: the client check finds no problem.
 */
@Tag("amanda")
@Tag("root")
@Tag("net")
@Timeout(90) // Debian's xinetd drains the REQ sent right after the noop: one 10 s retransmission
class JamandaAmcheckAgainstDebianTest {
  private Path work;

  @BeforeEach
  void requireDebianAmanda() throws IOException {
    DebianAmanda.requireInstalled();
    work = Files.createTempDirectory("jamanda-amcheck-");
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterEach
  void removeWork() throws IOException {
    TempFiles.deleteTree(work);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bsd", "bsdudp"})
  void clientCheckOfDebiansAmandadFindsNoProblem(String auth) throws Exception {
    int port = PrivatePorts.pick(Transport.UDP);
    writeConfig(auth, port);
    try (AmandaHostsFixture hosts = AmandaHostsFixture.install(List.of("localhost root amdump"));
        XinetdAmandad amandad =
            XinetdAmandad.start(
                XinetdService.debianAmandad(auth, port, List.of("amdump")), Optional.empty())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      String[] args = {"amcheck", "--config-dir", work.toString(), "-c", "Interop"};

      int status = Jamanda.execute("jamanda", args, new PrintWriter(out), new PrintWriter(err));

      assertThat(out.toString())
          .as("stderr: %s; amandad: %s; %s", err, amandad.diagnostics(), hosts.diagnostics())
          .containsPattern(
              "Client check: 1 host checked in [0-9.]+ seconds\\.  0 problems found\\.")
          .doesNotContain("ERROR");
      assertThat(status).isZero();
    }
  }

  private void writeConfig(String auth, int port) throws IOException {
    Path data = Files.createDirectories(work.resolve("data"));
    Files.writeString(data.resolve("hello.txt"), "hello\n");
    Path config = Files.createDirectories(work.resolve("Interop"));
    Files.writeString(
        config.resolve("amanda.conf"),
        "inparallel 2\n"
            + "define dumptype interop {\n"
            + "  program \"GNUTAR\"\n"
            + "  auth \""
            + auth
            + "\"\n"
            + "  client-port "
            + port
            + "\n"
            + "}\n");
    Files.writeString(config.resolve("disklist"), "localhost " + data + " interop\n");
  }
}
