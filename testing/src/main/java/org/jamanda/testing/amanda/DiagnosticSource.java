package org.jamanda.testing.amanda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Something that can explain a failed test: a daemon's log, a child process's output, Amanda's
 * debug files. {@link AmandaResult#verify} appends each source's text to the assertion message.
 *
 * <p>Implementations must not throw; a source that cannot be read says so in its text.
 */
@FunctionalInterface
public interface DiagnosticSource {
  /** A titled block of text, ready to append to a failure message. */
  String diagnostics();

  /**
   * The text of {@code file} for a failure message: empty when it does not exist, a note saying why
   * when it cannot be read, undecodable bytes replaced.
   */
  static String readFile(Path file) {
    try {
      return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")\n";
    }
  }
}
