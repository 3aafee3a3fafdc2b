package org.jamanda.daemon.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds GNU tar and asks it for its version, the way amgtar's selfcheck does: the first line of
 * {@code tar --version}, whose version number starts at the first digit. Stateless.
 */
final class GnuTar {
  /** The most output of {@code tar --version} that is read. */
  static final int MAX_VERSION_BYTES = 4096;

  private GnuTar() {}

  /**
   * The tar to run: {@code explicit} when given, else the first executable {@code tar} in {@code
   * searchPath}. The explicit path is returned even if it is missing, so the check can say so.
   */
  static Optional<Path> locate(Optional<Path> explicit, List<Path> searchPath) {
    if (explicit.isPresent()) {
      return explicit;
    }
    for (Path dir : searchPath) {
      Path candidate = dir.resolve("tar");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The first line {@code tar --version} prints, waiting at most {@code timeout}.
   *
   * @throws IOException when tar cannot run, fails, prints nothing or takes too long
   */
  static String versionLine(Path tar, Duration timeout) throws IOException {
    Path out = Files.createTempFile("jamanda-tar-version", ".txt");
    try {
      Process process =
          new ProcessBuilder(tar.toString(), "--version")
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      waitFor(process, tar, timeout);
      String first = firstLine(out);
      if (first.isEmpty()) {
        throw new IOException(tar + " --version printed nothing");
      }
      return first;
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static void waitFor(Process process, Path tar, Duration timeout) throws IOException {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(tar + " --version took longer than " + timeout.toMillis() + " ms");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for " + tar + " --version", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(tar + " --version exited with status " + process.exitValue());
    }
  }

  private static String firstLine(Path out) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(out)) {
      bytes = in.readNBytes(MAX_VERSION_BYTES);
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }

  /** True when the version line is GNU tar's: {@code tar (GNU tar) 1.34}. */
  static boolean isGnu(String versionLine) {
    return versionLine.contains("GNU tar");
  }

  /** The version as amgtar reports it: the line from its first digit on, e.g. {@code 1.34}. */
  static String versionNumber(String versionLine) {
    for (int i = 0; i < versionLine.length(); i++) {
      if (Character.isDigit(versionLine.charAt(i))) {
        return versionLine.substring(i);
      }
    }
    return "";
  }
}
