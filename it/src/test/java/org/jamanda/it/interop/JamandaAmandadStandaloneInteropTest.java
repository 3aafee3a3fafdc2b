package org.jamanda.it.interop;

import java.io.IOException;
import org.jamanda.testing.amanda.DebianAmanda;
import org.junit.jupiter.api.BeforeAll;

/**
 * Debian's server programs against jamanda's amandad started standalone ({@code jamanda amandad
 * -auth=bsd -udp=PORT}) as a child process running as user backup.
 */
class JamandaAmandadStandaloneInteropTest extends AmandadInteropContract {
  private static JamandaJar jar;

  @BeforeAll
  static void requireJar() throws IOException, InterruptedException {
    DebianAmanda.requireInstalled();
    jar = JamandaJar.locate();
    jar.requireAmandadCommand();
  }

  @Override
  RunningAmandad startAmandad(int port) throws IOException, InterruptedException {
    return JamandaAmandad.startStandalone(jar, port);
  }
}
