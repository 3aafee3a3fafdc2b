package org.jamanda.it.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jamanda.testing.amanda.DebianAmanda;
import org.jamanda.testing.amanda.TempFiles;
import org.jamanda.testing.amanda.Transport;
import org.jamanda.testing.amanda.XinetdService;
import org.junit.jupiter.api.BeforeAll;

/**
 * Debian's server programs against jamanda's amandad in inetd mode: a private xinetd hands it the
 * UDP socket ({@code wait = yes}) and the JVM takes it from {@code System.inheritedChannel()}. Its
 * log goes to a directory of the test's ({@code JAMANDA_LOG_DIR}), quoted when a test fails.
 */
class JamandaAmandadInetdInteropTest extends AmandadInteropContract {
  private static JamandaJar jar;

  @BeforeAll
  static void requireJar() throws IOException, InterruptedException {
    DebianAmanda.requireInstalled();
    jar = JamandaJar.locate();
    jar.requireAmandadCommand();
  }

  @Override
  RunningAmandad startAmandad(int port) throws IOException, InterruptedException {
    List<String> line =
        jar.commandLine(
            "amandad",
            "-auth=bsd",
            "--amandahosts=" + DebianAmanda.HOME_AMANDAHOSTS,
            "--idle-exit=5",
            "amdump");
    Path logs = TempFiles.createAmandaDirectory("jamanda-amandad-logs-");
    XinetdService service =
        XinetdService.command(
                "jamanda-amandad",
                Transport.UDP,
                port,
                Path.of(line.get(0)),
                line.subList(1, line.size()))
            .withEnvironment(List.of("JAMANDA_LOG_DIR=" + logs, "JAMANDA_LOG_LEVEL=DEBUG"));
    return XinetdAmandad.start(service, Optional.of(logs));
  }
}
