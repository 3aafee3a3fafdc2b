package org.jamanda.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A picture of a directory tree for byte-for-byte comparison: each path and what it holds. */
final class TreeState {
  private TreeState() {}

  /**
   * Maps each relative path under {@code root} to "dir", "link -> target" or the file's size and
   * SHA-256.
   */
  static Map<String, String> capture(Path root) throws IOException {
    Map<String, String> state = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        state.put("/" + root.relativize(path), describe(path));
      }
    }
    return state;
  }

  private static String describe(Path path) throws IOException {
    if (Files.isSymbolicLink(path)) {
      return "link -> " + Files.readSymbolicLink(path);
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return "dir";
    }
    byte[] bytes = Files.readAllBytes(path);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "file " + bytes.length + " bytes sha256 " + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
