package org.jamanda.daemon.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Between wire text, where each character is one byte (ISO-8859-1, as the packet codec decodes),
 * and file names, which jamanda takes as UTF-8 like the rest of a Linux system. A name the JVM
 * cannot encode in its file-name charset does not round-trip; run jamanda with a UTF-8 locale.
 * Stateless.
 */
final class WireText {
  private WireText() {}

  /**
   * The path a DLE's disk or device names.
   *
   * @throws FileSystemException when the JVM cannot represent the name (a NUL, or a non-ASCII name
   *     under a non-UTF-8 locale); its reason says so and ends up in the reply
   */
  static Path toPath(String wire) throws FileSystemException {
    String name = new String(wire.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      String charset = System.getProperty("sun.jnu.encoding", "");
      String hint =
          charset.equalsIgnoreCase("UTF-8")
              ? ""
              : "; run jamanda with a UTF-8 locale, not " + charset;
      throw new FileSystemException(
          name, null, "name not usable as a file name (" + e.getReason() + ")" + hint);
    }
  }

  /** The bytes of {@code path}'s name as wire text, for echoing it in a reply. */
  static String of(Path path) {
    return of(path.toString());
  }

  /** The UTF-8 bytes of {@code text} as wire text. */
  static String of(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
