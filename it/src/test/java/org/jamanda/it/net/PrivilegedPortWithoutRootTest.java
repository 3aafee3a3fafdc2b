package org.jamanda.it.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jamanda.testing.Prerequisites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without root, a privileged stream client fails with a message that says why and how to grant the
 * capability, and the privileged step of a bind falls back instead of scanning 512 ports. Started
 * as root, the test runs {@link UnprivilegedPortProbe} in a child JVM as user nobody (setpriv),
 * from a world-readable copy of the test classpath.
 */
@Tag("root")
@Tag("net")
class PrivilegedPortWithoutRootTest {
  private static final int NOBODY = 65534;

  @Test
  @Timeout(30) // starts a JVM; the child is given 20 s below
  void privilegedClientFailsSayingWhyAndHowToGrantIt(@TempDir Path dir) throws Exception {
    Prerequisites.requireRoot();
    Prerequisites.requireCommand("setpriv");

    Child child = runAsNobody(dir, "privileged-client");

    assertThat(child.exitCode()).as(child.output()).isEqualTo(3);
    assertThat(child.output())
        .contains("refused: cannot connect to ")
        .contains("from a privileged port (512..1023)")
        .contains("binding a port below 1024 needs root or CAP_NET_BIND_SERVICE")
        .contains("setpriv --inh-caps=+net_bind_service --ambient-caps=+net_bind_service");
  }

  @Test
  @Timeout(30) // starts a JVM; the child is given 20 s below
  void datagramBindFallsBackToAnyPortAndLogsTheMissingPrivilege(@TempDir Path dir)
      throws Exception {
    Prerequisites.requireRoot();
    Prerequisites.requireCommand("setpriv");

    Child child = runAsNobody(dir, "datagram");

    assertThat(child.exitCode()).as(child.output()).isZero();
    String infoLine =
        "INFO org.jamanda.net.PortAllocator - port range not permitted, falling back"
            + " routine=datagram step=PRIVILEGED range=512,1023 next=ANY why=\"binding a port"
            + " below 1024 needs root or CAP_NET_BIND_SERVICE";
    assertThat(child.output()).contains("datagram step=ANY").contains(infoLine);
    // The probe binds twice; a process without privilege says so once, not at every bind.
    assertThat(child.output().split(Pattern.quote(infoLine), -1)).hasSize(2);
  }

  private record Child(int exitCode, String output) {}

  private static Child runAsNobody(Path dir, String mode) throws IOException, InterruptedException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    String classpath = readableCopy(dir, System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = dir.resolve("child-output.txt");
    Process process =
        new ProcessBuilder(
                "setpriv",
                "--reuid=" + NOBODY,
                "--regid=" + NOBODY,
                "--clear-groups",
                java.toString(),
                // The it classpath holds Logback (from cli) too; the probe logs through
                // slf4j-simple, whose line format the assertions expect.
                "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
                "-cp",
                classpath,
                UnprivilegedPortProbe.class.getName(),
                mode)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("child JVM still running after 20 s: " + read(output));
    }
    return new Child(process.exitValue(), read(output));
  }

  // Copies each classpath entry (jar or class directory) where user nobody can read it: the
  // originals may sit under /root or a private build tree.
  private static String readableCopy(Path dir, String classpath) throws IOException {
    Path root = Files.createDirectory(dir.resolve("classpath"));
    List<String> entries = new ArrayList<>();
    int index = 0;
    for (String entry : classpath.split(File.pathSeparator, -1)) {
      Path source = Path.of(entry);
      if (entry.isEmpty() || !Files.exists(source)) {
        continue;
      }
      Path target = root.resolve(index++ + "-" + source.getFileName());
      copyTree(source, target);
      entries.add(target.toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
          Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else {
          Files.copy(path, copy);
          Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
    }
  }

  private static String read(Path output) throws IOException {
    return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
  }
}
