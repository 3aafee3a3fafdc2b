package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jamanda.testing.netns.CommandResult;
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
    LoopbackClients clients = new LoopbackClients(CLIENTS, work);
    clients.writeConfig("Scale", 10);
    try (NetnsTestBed bed = NetnsTestBed.open()) {
      NetworkNamespace ns = bed.addNamespace("scale");
      clients.startAmandad(bed, ns, jar);

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
}
