package org.jamanda.it.interop;

import java.io.IOException;
import org.jamanda.testing.amanda.DiagnosticSource;

/**
 * An amandad under test, listening for auth {@code bsd} on 127.0.0.1 at {@link #port()}: Debian's
 * or jamanda's, under a private xinetd or standalone. Closing it stops it and everything it
 * started.
 */
interface RunningAmandad extends AutoCloseable, DiagnosticSource {
  int port();

  @Override
  void close() throws IOException;
}
