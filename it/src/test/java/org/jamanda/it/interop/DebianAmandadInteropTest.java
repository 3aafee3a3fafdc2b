package org.jamanda.it.interop;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jamanda.testing.amanda.XinetdService;

/**
 * Debian's server programs against Debian's own amandad under a private xinetd: the reference run
 * that proves the harness, and the texts the jamanda runs are held to.
 */
class DebianAmandadInteropTest extends AmandadInteropContract {
  @Override
  RunningAmandad startAmandad(int port) throws IOException, InterruptedException {
    XinetdService amandad = XinetdService.debianAmandad("bsd", port, List.of("amdump"));
    return XinetdAmandad.start(amandad, Optional.empty());
  }
}
