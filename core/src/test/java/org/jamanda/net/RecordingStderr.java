package org.jamanda.net;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Records what is written to {@code System.err} while open, which is where slf4j-simple, the test
 * logging binding, writes every log line. Restores the previous stream on close.
 */
final class RecordingStderr implements AutoCloseable {
  private final PrintStream previous = System.err;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  RecordingStderr() {
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  /** Everything logged so far. */
  String text() {
    System.err.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setErr(previous);
    previous.print(text());
  }
}
