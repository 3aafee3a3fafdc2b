package org.jamanda.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;

/** Builds a small tree shaped like the lab's {@code /srv/amanda-lab/data/tcp}. */
final class LabTree {
  private LabTree() {}

  /**
   * README, a 3 MiB big.bin, a name with spaces, hello.txt and sub/nested.txt under {@code dir}.
   */
  static Path create(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write(dir.resolve("README"), "the lab's data\n");
    byte[] big = new byte[3 * 1024 * 1024];
    new Random(42).nextBytes(big);
    Files.write(dir.resolve("big.bin"), big);
    write(dir.resolve("file with space.txt"), "spaces\n");
    write(dir.resolve("hello.txt"), "hello\n");
    write(dir.resolve("sub/nested.txt"), "nested\n");
    return dir;
  }

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    // The kernel stamps files from a clock that may lag a few milliseconds behind the one tar
    // reads when it records a dump's start; stamp the change with the exact time instead, so a
    // file written right after a dump is always newer than it.
    Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
  }
}
