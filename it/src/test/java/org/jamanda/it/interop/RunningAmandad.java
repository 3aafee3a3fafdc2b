package org.jamanda.it.interop;

import java.io.IOException;
import org.jamanda.testing.amanda.DiagnosticSource;
import org.jamanda.testing.amanda.PrivateXinetd;

/**
 * An amandad under test, listening for auth {@code bsd} on 127.0.0.1 at {@link #port()}: Debian's
 * or jamanda's, under a private xinetd or standalone. Closing it stops it and everything it
 * started.
 */
interface RunningAmandad extends AutoCloseable, DiagnosticSource {
  int port();

  @Override
  void close() throws IOException;

  /** An amandad that a {@link PrivateXinetd} starts on the first datagram to its only service. */
  static RunningAmandad underXinetd(PrivateXinetd xinetd) {
    return new RunningAmandad() {
      @Override
      public int port() {
        return xinetd.services().get(0).port();
      }

      @Override
      public void close() throws IOException {
        xinetd.close();
      }

      @Override
      public String diagnostics() {
        return xinetd.diagnostics();
      }
    };
  }
}
