package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jamanda.testing.Prerequisites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the same request to Debian's Amanda 3.5.1 selfcheck (run as {@code backup}, as amandad runs
 * it) and to jamanda's, and compares the messages: code, severity, source, emitter and the names of
 * the arguments, in order. Values differ by design (versions, user ids, tar path). Amanda's {@code
 * runtar} check has no jamanda counterpart and is left out of the comparison.
 *
 * <p>Skipped without Debian's amanda-client or without root (to become {@code backup}); under
 * {@code CI=true} those fail instead.
 */
@Tag("amanda")
class SelfcheckDifferentialTest {
  private static final Path AMANDA_SELFCHECK = Path.of("/usr/lib/amanda/selfcheck");

  @TempDir Path temp;

  private SelfcheckFixture host;

  @BeforeEach
  void setUp() throws IOException {
    Prerequisites.require(
        Files.isExecutable(AMANDA_SELFCHECK), "Debian's amanda-client (" + AMANDA_SELFCHECK + ")");
    Prerequisites.requireRoot();
    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
    host = new SelfcheckFixture(temp);
  }

  /** jamanda set up like Debian's Amanda client, served with auth bsdtcp. */
  private ClientSettings debianLike() {
    return new ClientSettings(
        ClientSettings.VERSION,
        "localhost",
        Optional.of(Path.of("/var/lib/amanda/gnutar-lists")),
        Path.of("/var/lib/amanda/amandates"),
        Optional.empty(),
        ClientSettings.searchPath(System.getenv("PATH")),
        // Debian's build checks these four (AMANDA_TMPDIR, AMANDA_DBGDIR, /var/lib, /etc).
        List.of(
            Path.of("/tmp/amanda"),
            Path.of("/var/log/amanda"),
            Path.of("/var/lib"),
            Path.of("/etc")),
        Path.of("/etc/os-release"),
        Optional.of("bsdtcp"),
        Duration.ofSeconds(5));
  }

  private String amanda(String arguments) throws IOException, InterruptedException {
    Path request = temp.resolve("request");
    Files.writeString(request, arguments, StandardCharsets.ISO_8859_1);
    Files.setPosixFilePermissions(request, PosixFilePermissions.fromString("rw-r--r--"));
    Path reply = temp.resolve("reply");
    Process process =
        new ProcessBuilder(
                "su",
                "backup",
                "-s",
                "/bin/sh",
                "-c",
                AMANDA_SELFCHECK + " amandad bsdtcp < " + request)
            .redirectOutput(reply.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(8, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Amanda's selfcheck did not finish in 8 s");
    }
    return Files.readString(reply, StandardCharsets.ISO_8859_1);
  }

  /** Each message's shape: everything but the argument values. */
  private static List<String> shapes(String reply) {
    List<String> shapes = new ArrayList<>();
    for (Map<String, String> m : JsonMessages.parse(reply)) {
      if (m.getOrDefault("filename", "").endsWith("/runtar")) {
        continue;
      }
      shapes.add(
          String.join(
                  " ",
                  m.get("code"),
                  m.get("severity"),
                  m.get("source_filename") + ":" + m.get("source_line"),
                  m.get("process"),
                  m.get("component"),
                  m.get("module"))
              + " "
              + m.keySet().stream().skip(8).toList());
    }
    return shapes;
  }

  @Test
  void answersAHealthyRequestWithAmandasMessages() throws Exception {
    Path classic = host.dir("data/classic");
    Path tcp = host.dir("data/tcp");
    String request =
        SelfcheckFixture.xmlRequest(
            SelfcheckFixture.gnutarDle(classic), SelfcheckFixture.amgtarDle(tcp, ""));

    String theirs = amanda(request);
    String ours = SelfcheckFixture.check(debianLike(), request);

    assertThat(shapes(ours)).isEqualTo(shapes(theirs));
  }

  @Test
  void answersABrokenRequestWithAmandasMessages() throws Exception {
    Path file = Files.writeString(temp.resolve("afile"), "x");
    String bsd = SelfcheckFixture.gnutarDle(host.dir("data/bsd")).replace("bsdtcp", "bsd");
    String request =
        SelfcheckFixture.xmlRequest(
            SelfcheckFixture.gnutarDle(temp.resolve("data/missing")),
            SelfcheckFixture.amgtarDle(file, ""),
            SelfcheckFixture.amgtarDle(temp.resolve("data/gone"), ""),
            bsd);

    String theirs = amanda(request);
    String ours = SelfcheckFixture.check(debianLike(), request);

    assertThat(JsonMessages.codes(ours))
        .contains("3600051", "3600061", "3600062", "3600017", "3600019");
    assertThat(shapes(ours)).isEqualTo(shapes(theirs));
  }

  @Test
  void answersALegacyRequestWithTheSameKindsOfLines() throws Exception {
    Path classic = host.dir("data/classic");
    String request =
        """
        OPTIONS hostname=localhost;
        GNUTAR %s 0 OPTIONS |;auth=bsdtcp;index;
        GNUTAR %s 0 OPTIONS |;bsd-auth;
        """
            .formatted(classic, temp.resolve("data/missing"));

    List<String> theirs = kinds(amanda(request));
    List<String> ours = kinds(SelfcheckFixture.check(debianLike(), request));

    assertThat(ours).isEqualTo(theirs);
  }

  // The first word of each line, and the whole line for ERRORs with no paths or ids in them.
  private static List<String> kinds(String reply) {
    List<String> kinds = new ArrayList<>();
    for (String line : reply.split("\n", -1)) {
      if (line.contains("/runtar ")) {
        continue;
      }
      kinds.add(line.startsWith("ERROR [unknown") ? line : line.split(" ", 2)[0]);
    }
    return kinds;
  }
}
