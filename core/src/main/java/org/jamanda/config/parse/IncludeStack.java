package org.jamanda.config.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The files being read, innermost last, so that an {@code includefile} of a file already being read
 * is caught instead of recursing forever. Relative include paths are taken from the including
 * file's directory.
 *
 * <p>Not thread-safe; one per top-level file read.
 */
public final class IncludeStack {
  private final Deque<Path> reading = new ArrayDeque<>();

  /**
   * Opens {@code name} (the string token after {@code includefile}) as included from {@code from};
   * a missing or unreadable file is an error at {@code name}.
   */
  public static Lexer open(Path from, Token name) throws ConfigException {
    Path path = Path.of(name.text());
    Path dir = from.toAbsolutePath().getParent();
    Path target = path.isAbsolute() || dir == null ? path : dir.resolve(path);
    try {
      return Lexer.open(target);
    } catch (ConfigException e) {
      throw new ConfigException(
          name.location(), "cannot include " + name.excerpt() + ": " + e.reason(), e);
    }
  }

  /**
   * Notes that {@code file} is being read, included at {@code includedAt} (empty for the top-level
   * file); fails if it is already being read.
   */
  public void enter(Path file, Optional<Token> includedAt) throws ConfigException {
    Path key = identity(file);
    if (reading.contains(key)) {
      Token at = includedAt.orElseThrow();
      throw new ConfigException(
          at.location(), "includefile loop: " + at.excerpt() + " is already being read");
    }
    reading.push(key);
  }

  /** Notes that the innermost file has been read. */
  public void leave() {
    reading.pop();
  }

  /** The same file, however it was named, where that can be known. */
  private static Path identity(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      // Unresolvable (a dangling link, a race with deletion): the lexical path still works.
      return absolute;
    }
  }
}
