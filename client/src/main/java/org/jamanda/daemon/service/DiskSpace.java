package org.jamanda.daemon.service;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Free space as Amanda's selfcheck computes it ({@code check_space}): blocks available to an
 * unprivileged user, divided by 1024 before multiplying by the block size, so the KiB figure is
 * rounded down to a multiple of the block size in KiB, exactly as Amanda prints it. Stateless.
 */
final class DiskSpace {
  private DiskSpace() {}

  /** The KiB available in {@code dir}'s file system, or -1 when none at all is available. */
  static long availableKb(Path dir) throws IOException {
    FileStore store = Files.getFileStore(dir);
    long blockSize = store.getBlockSize();
    long blocks = store.getUsableSpace() / blockSize;
    if (blocks <= 0) {
      return -1;
    }
    return blocks / 1024 * blockSize;
  }
}
