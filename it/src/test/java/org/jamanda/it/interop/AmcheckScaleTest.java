package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jamanda.testing.netns.CommandResult;
import org.jamanda.testing.netns.NamespaceProcess;
import org.jamanda.testing.netns.NetnsTestBed;
import org.jamanda.testing.netns.NetworkNamespace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One amcheck, one UDP socket, one hundred clients: amandad on 127.0.0.2..101 of a namespace of its
 * own. The wall time amcheck reports is logged for the record; it is not asserted.
 */
@Tag("root")
@Tag("net")
@Timeout(180)
class AmcheckScaleTest {
  private static final Logger log = LoggerFactory.getLogger(AmcheckScaleTest.class);
  private static final int CLIENTS = 100;

  @TempDir Path work;

  @Test
  void oneAmcheckChecksOneHundredClients() throws IOException {
    JamandaJar jar = JamandaJar.locate();
    writeConfig();
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace ns = bed.addNamespace("scale");
      startAmandad(bed, ns, jar);

      List<String> line =
          jar.commandLine("amcheck", "--config-dir", work.toString(), "-c", "Scale");
      CommandResult amcheck = bed.exec(ns, Duration.ofSeconds(150), line.toArray(String[]::new));

      Matcher took =
          Pattern.compile("Client check: 100 hosts checked in ([0-9.]+) seconds\\.  0 problems")
              .matcher(amcheck.stdout());
      assertThat(took.find()).as(amcheck.describe()).isTrue();
      assertThat(amcheck.exitCode()).isZero();
      log.info("scale: amcheck checked {} clients in {} s", CLIENTS, took.group(1));
    }
  }

  private void startAmandad(NetnsTestBed bed, NetworkNamespace ns, JamandaJar jar)
      throws IOException {
    List<String> command = new ArrayList<>(List.of("env", "JAMANDA_LOG_LEVEL=INFO"));
    command.addAll(jar.commandLine("amandad", "-auth=bsd", "-udp=10080"));
    for (int i = 0; i < CLIENTS; i++) {
      command.add("--address=" + client(i));
    }
    command.addAll(List.of("--amandahosts=" + work.resolve("amandahosts"), "amdump"));
    NamespaceProcess daemon = bed.start(ns, command.toArray(String[]::new));
    for (int i = 0; i < CLIENTS; i++) {
      daemon.awaitLine(l -> l.contains("amandad listening"), Duration.ofSeconds(60));
    }
  }

  private void writeConfig() throws IOException {
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path hosts = work.resolve("amandahosts");
    Files.writeString(hosts, "localhost root amdump\n");
    Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-------"));
    Path data = Files.createDirectories(work.resolve("data"));
    Path config = Files.createDirectories(work.resolve("Scale"));
    Files.writeString(
        config.resolve("amanda.conf"),
        """
        inparallel 10
        define dumptype many {
          program "GNUTAR"
          auth "bsd"
        }
        """);
    StringBuilder disklist = new StringBuilder();
    for (int i = 0; i < CLIENTS; i++) {
      disklist.append(client(i)).append(' ').append(data).append(" many\n");
    }
    Files.writeString(config.resolve("disklist"), disklist.toString());
  }

  private static String client(int i) {
    return "127.0.0." + (i + 2);
  }
}
