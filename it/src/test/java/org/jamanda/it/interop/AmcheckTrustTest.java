package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jamanda.cli.Jamanda;
import org.jamanda.testing.Prerequisites;
import org.jamanda.testing.amanda.ChildDaemon;
import org.jamanda.testing.amanda.PrivatePorts;
import org.jamanda.testing.amanda.TempFiles;
import org.jamanda.testing.amanda.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The trust rules of the bsd auth as an operator meets them: jamanda's amcheck against jamanda's
 * amandad, each refusal shown in amcheck's output with Amanda's text.
 */
@Tag("root")
@Tag("net")
@Timeout(90)
class AmcheckTrustTest {
  private Path work;
  private Path amandahosts;
  private int port;

  @BeforeEach
  void writeConfig() throws IOException {
    Prerequisites.requireRoot();
    Prerequisites.requireCommand("setpriv");
    work = Files.createTempDirectory("jamanda-trust-");
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    amandahosts = work.resolve("amandahosts");
    port = PrivatePorts.pick(Transport.UDP);
    Path config = Files.createDirectories(work.resolve("Trust"));
    Files.writeString(
        config.resolve("amanda.conf"),
        "define dumptype t {\n  program \"GNUTAR\"\n  auth \"bsd\"\n  client-port "
            + port
            + "\n}\n");
    Files.writeString(config.resolve("disklist"), "localhost " + work + " t\n");
  }

  @AfterEach
  void removeConfig() throws IOException {
    if (work != null) {
      TempFiles.deleteTree(work);
    }
  }

  @Test
  void refusesARequestFromAnUnprivilegedPort() throws Exception {
    trust("localhost root amdump\nlocalhost nobody amdump\n", "rw-------");
    try (ChildDaemon amandad = amandad("amdump")) {
      String output = amcheckAsNobody();

      assertThat(output)
          .as(amandad.diagnostics())
          .containsPattern("ERROR: NAK localhost: host localhost: port [0-9]+ not secure")
          .contains("1 problem found");
    }
  }

  @Test
  void refusesAHostMissingFromAmandahostsWithTheLineToAdd() throws Exception {
    trust("otherhost root amdump\n", "rw-------");
    try (ChildDaemon amandad = amandad("amdump")) {
      assertThat(amcheck())
          .as(amandad.diagnostics())
          .contains(
              "user root from localhost is not allowed to execute the service noop: Please add the"
                  + " line \"localhost root amdump\" to "
                  + amandahosts
                  + " on the client");
    }
  }

  @Test
  void refusesAServiceNotEnabledOnAmandadsCommandLine() throws Exception {
    trust("localhost root amdump\n", "rw-------");
    try (ChildDaemon amandad = amandad("noop")) {
      assertThat(amcheck())
          .as(amandad.diagnostics())
          .contains("selfcheck: invalid service, add 'selfcheck' as argument to amandad");
    }
  }

  @Test
  void refusesAGroupReadableAmandahosts() throws Exception {
    trust("localhost root amdump\n", "rw-r-----");
    try (ChildDaemon amandad = amandad("amdump")) {
      assertThat(amcheck())
          .as(amandad.diagnostics())
          .contains(
              amandahosts
                  + ": incorrect permissions; file must be accessible only by its owner (chmod 600 "
                  + amandahosts
                  + ")");
    }
  }

  private void trust(String lines, String mode) throws IOException {
    Files.writeString(amandahosts, lines);
    Files.setPosixFilePermissions(amandahosts, PosixFilePermissions.fromString(mode));
  }

  private ChildDaemon amandad(String services) throws IOException, InterruptedException {
    JamandaJar jar = JamandaJar.locate();
    List<String> command =
        jar.commandLine(
            "amandad",
            "-auth=bsd",
            "-udp=" + port,
            "--address=127.0.0.1",
            "--amandahosts=" + amandahosts,
            services);
    return ChildDaemon.start(
        "jamanda-amandad", "root", command, Map.of(), Transport.UDP, port, Duration.ofSeconds(30));
  }

  private String amcheck() {
    StringWriter out = new StringWriter();
    String[] args = {"amcheck", "--config-dir", work.toString(), "-c", "Trust"};
    Jamanda.execute("jamanda", args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    return out.toString();
  }

  // amcheck as user nobody gets no port below 1024 and sends from an unprivileged one.
  private String amcheckAsNobody() throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    command.addAll(
        JamandaJar.locate().commandLine("amcheck", "--config-dir", work.toString(), "-c", "Trust"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("amcheck as nobody did not finish in 60 s");
    }
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
