package org.jamanda.testing.amanda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code *.debug} files Amanda's programs wrote under {@code /var/log/amanda} since a given
 * time: amandad logs every packet it sends and receives there, so they explain most failures.
 *
 * <p>Immutable; the files are read when {@link #diagnostics()} is called. Each file is cut to its
 * last {@value #MAX_CHARS_PER_FILE} characters and all of them to {@value #MAX_CHARS} characters,
 * saying how much was dropped.
 */
public final class AmandaDebugLogs implements DiagnosticSource {
  /** The most text kept from one file (its end, where the failure usually is). */
  public static final int MAX_CHARS_PER_FILE = 32_768;

  /** The most text kept in all. */
  public static final int MAX_CHARS = 262_144;

  private final Path root;
  private final Instant since;

  private AmandaDebugLogs(Path root, Instant since) {
    this.root = root;
    this.since = since;
  }

  /** The debug files under {@code /var/log/amanda} changed at or after {@code since}. */
  public static AmandaDebugLogs since(Instant since) {
    return new AmandaDebugLogs(DebianAmanda.DEBUG_LOG_ROOT, since);
  }

  /** The debug files changed at or after {@code since}, oldest first. */
  public List<Path> files() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root, 4)) {
      return walk.filter(file -> file.toString().endsWith(".debug"))
          .filter(Files::isRegularFile)
          .filter(file -> !modified(file).toInstant().isBefore(since))
          .sorted(Comparator.comparing(AmandaDebugLogs::modified))
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public String diagnostics() {
    StringBuilder text = new StringBuilder("---- Amanda debug logs since " + since + " ----\n");
    try {
      for (Path file : files()) {
        if (text.length() >= MAX_CHARS) {
          text.append("(more debug files left out: over ").append(MAX_CHARS).append(" chars)\n");
          break;
        }
        text.append("==== ").append(file).append(" ====\n").append(tail(file));
      }
    } catch (IOException e) {
      text.append("(cannot list ").append(root).append(": ").append(e).append(")\n");
    }
    return text.toString();
  }

  private static String tail(Path file) {
    String content;
    try {
      content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read: " + e + ")\n";
    }
    if (content.length() <= MAX_CHARS_PER_FILE) {
      return content;
    }
    int dropped = content.length() - MAX_CHARS_PER_FILE;
    return "(first " + dropped + " chars left out)\n" + content.substring(dropped);
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
