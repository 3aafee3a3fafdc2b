package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.testing.amanda.AmandaCommand;
import org.jamanda.testing.amanda.AmandaResult;

/**
 * The runnable jar the interop tests start jamanda from: the {@code jamanda.jar} system property
 * (it/pom.xml points it at {@code cli/target/jamanda.jar}). A missing jar, or one without the
 * amandad command, fails the test with the command that builds it; it is never a skip.
 */
final class JamandaJar {
  static final String PROPERTY = "jamanda.jar";
  static final String BUILD = "mvn -B -pl cli -am package -DskipTests";

  private final Path jar;

  private JamandaJar(Path jar) {
    this.jar = jar;
  }

  /** The jar named by the system property; fails the test when it is not there. */
  static JamandaJar locate() {
    String property = System.getProperty(PROPERTY);
    if (property == null || property.isBlank()) {
      fail("system property " + PROPERTY + " is not set; run the tests through Maven (it/pom.xml)");
    }
    Path jar = Path.of(property).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      fail("jamanda.jar not found at " + jar + "; build it first with: " + BUILD);
    }
    return new JamandaJar(jar);
  }

  Path path() {
    return jar;
  }

  /** {@code java -jar JAR args...}, with the JVM running these tests. */
  List<String> commandLine(String... args) {
    List<String> line = new ArrayList<>();
    line.add(java().toString());
    line.add("-jar");
    line.add(jar.toString());
    line.addAll(List.of(args));
    return line;
  }

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /**
   * Fails unless the jar, run as Amanda's user, knows the {@code amandad} command: the check that
   * it is readable by that user and recent enough.
   */
  void requireAmandadCommand() throws IOException, InterruptedException {
    List<String> line = commandLine("amandad", "--help");
    AmandaResult help =
        AmandaCommand.asBackup(
                Path.of(line.get(0)), line.subList(1, line.size()).toArray(new String[0]))
            .withTimeout(Duration.ofSeconds(30))
            .run();
    help.verify(
        r -> {
          assertThat(r.exitCode())
              .as("jamanda amandad --help, as backup; rebuild with: " + BUILD)
              .isZero();
          assertThat(r.output()).contains("Usage: jamanda amandad").contains("-udp=PORT");
        });
  }
}
