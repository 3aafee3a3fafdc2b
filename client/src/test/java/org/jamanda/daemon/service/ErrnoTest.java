package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrnoTest {
  @TempDir Path temp;

  @Test
  void mapsJavasFileExceptionsToCErrnos() {
    assertThat(Errno.of(new NoSuchFileException("/x"))).isEqualTo(Errno.ENOENT);
    assertThat(Errno.of(new AccessDeniedException("/x"))).isEqualTo(Errno.EACCES);
    assertThat(Errno.of(new FileSystemException("/x", null, "Read-only file system")))
        .isEqualTo(Errno.EROFS);
  }

  @Test
  void mapsTheErrorOfAPathThroughAFile() throws Exception {
    Path file = Files.writeString(temp.resolve("file"), "x");

    try {
      Files.readAttributes(file.resolve("below"), "basic:size");
      throw new AssertionError("reading below a file succeeded");
    } catch (IOException e) {
      assertThat(Errno.of(e)).isEqualTo(Errno.ENOTDIR);
    }
  }

  @Test
  void keepsTheTextOfAnUnknownError() {
    Errno errno = Errno.of(new FileSystemException("/x", null, "Stale file handle"));

    assertThat(errno).isEqualTo(new Errno(0, "UNKNOWN", "Stale file handle"));
  }
}
