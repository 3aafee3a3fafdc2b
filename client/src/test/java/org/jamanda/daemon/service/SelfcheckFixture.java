package org.jamanda.daemon.service;

import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jamanda.protocol.service.SelfcheckRequest;
import org.jamanda.testing.Prerequisites;

/**
 * A client host for selfcheck tests: a temporary root with a gnutar-list-dir, an os-release file
 * and settings pointing at them, plus request texts shaped like amcheck's (amanda-wire.md §7.2).
 */
final class SelfcheckFixture {
  static final String FEATURES = "ffffffff9efefbfffffffffffffff3fffbf71f";

  final Path root;
  final Path listdir;
  final ClientSettings settings;

  SelfcheckFixture(Path root) throws IOException {
    this.root = root;
    this.listdir = Files.createDirectories(root.resolve("gnutar-lists"));
    Path osRelease = root.resolve("os-release");
    Files.writeString(
        osRelease,
        "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nID=debian\n");
    this.settings =
        new ClientSettings(
            "jamanda-0.1.0",
            "testhost",
            Optional.of(listdir),
            root.resolve("amandates"),
            Optional.empty(),
            ClientSettings.searchPath(System.getenv("PATH")),
            List.of(),
            osRelease,
            Optional.empty(),
            Duration.ofSeconds(5));
  }

  /** A directory under the root, readable by everyone (the real selfcheck runs as backup). */
  Path dir(String name) throws IOException {
    Path dir = Files.createDirectories(root.resolve(name));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  /** An executable script under the root standing in for a program. */
  Path script(String name, String body) throws IOException {
    Path script = root.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  String check(String arguments) throws ProtocolException {
    return check(settings, arguments);
  }

  static String check(ClientSettings settings, String arguments) throws ProtocolException {
    return new SelfcheckService(settings)
        .check(SelfcheckRequest.parse(arguments, e -> {}))
        .format();
  }

  /** amcheck's OPTIONS line with Amanda 3.5.1's features, then the DLEs. */
  static String xmlRequest(String... dles) {
    return "OPTIONS features="
        + FEATURES
        + ";maxdumps=2;hostname=localhost;config=Lab;\n"
        + String.join("", dles);
  }

  /** amcheck's GNUTAR DLE (amanda-wire.md §7.2) for {@code disk}. */
  static String gnutarDle(Path disk) {
    return """
        <dle>
          <program>GNUTAR</program>
          <estimate>CLIENT </estimate>
          <disk>%s</disk>
          <auth>bsdtcp</auth>
          <record>YES</record>
          <index>YES</index>
          <datapath>AMANDA</datapath>
        </dle>
        """
        .formatted(disk);
  }

  /** amcheck's amgtar DLE (amanda-wire.md §7.2) for {@code disk}, with more properties. */
  static String amgtarDle(Path disk, String properties) {
    return """
        <dle>
          <program>APPLICATION</program>
          <backup-program>
            <plugin>amgtar</plugin>
            <property>
              <name>atime-preserve</name>
              <value>NO</value>
            </property>
        %s  </backup-program>
          <estimate>CLIENT </estimate>
          <disk>%s</disk>
          <auth>bsdtcp</auth>
          <record>YES</record>
          <index>YES</index>
          <datapath>AMANDA</datapath>
        </dle>
        """
        .formatted(properties, disk);
  }

  static String property(String name, String value) {
    return "    <property>\n      <name>%s</name>\n      <value>%s</value>\n    </property>\n"
        .formatted(name, value);
  }

  /** The tar on the PATH, which this machine's tests need. */
  static Path tar() {
    Path tar = Prerequisites.findOnPath("tar");
    Prerequisites.require(tar != null, "GNU tar on the PATH");
    return tar;
  }

  /** The version GNU tar reports, asked here independently of the code under test. */
  static String tarVersion(Path tar) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(tar.toString(), "--version").start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("tar --version did not finish");
    }
    Matcher m = Pattern.compile("^tar \\(GNU tar\\) (\\S+)").matcher(out);
    Prerequisites.require(m.find(), "the tar on the PATH to be GNU tar");
    return m.group(1);
  }
}
