package org.jamanda.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GNU tar listed-incremental snapshot files of one DLE in the gnutar-lists directory, named as
 * amgtar names them: {@code <host><disk with / : \ turned into _>_<level>}. A dump at level N
 * starts from a copy of the newest snapshot below N (none for level 0) and the copy replaces the
 * level-N file only when the dump succeeds. Stateless apart from its paths; not safe for two dumps
 * of the same DLE at once.
 */
final class SnapshotFiles {
  private static final Logger log = LoggerFactory.getLogger(SnapshotFiles.class);

  private final Path listDir;
  private final String baseName;

  SnapshotFiles(Path listDir, String host, String disk) {
    this.listDir = listDir;
    this.baseName = host + sanitise(disk);
  }

  /** The disk name with {@code /}, {@code :} and {@code \} turned into {@code _}. */
  static String sanitise(String disk) {
    return disk.replace('/', '_').replace(':', '_').replace('\\', '_');
  }

  /** The snapshot file of {@code level}. */
  Path level(int level) {
    return listDir.resolve(baseName + "_" + level);
  }

  /** The snapshot a level-{@code level} dump starts from: the newest existing one below it. */
  Optional<Path> base(int level) {
    for (int below = level - 1; below >= 0; below--) {
      Path candidate = level(below);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * A working copy for a dump at {@code level}: {@code <name>_<level>.new} in the list directory,
   * holding the base snapshot, or empty when there is none.
   */
  Path prepareWorkingCopy(int level) throws IOException {
    Path working = listDir.resolve(baseName + "_" + level + ".new");
    Optional<Path> base = base(level);
    if (base.isPresent()) {
      Files.copy(base.get(), working, StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.deleteIfExists(working);
      Files.createFile(working);
    }
    log.debug("event=snapshot_prepared level={} base={} working={}", level, base, working);
    return working;
  }

  /** A copy for an estimate, outside the list directory, so the real files stay untouched. */
  Path prepareEstimateCopy(int level) throws IOException {
    Path copy = Files.createTempFile("jamanda-estimate-" + baseName + "_" + level + "-", ".snar");
    Optional<Path> base = base(level);
    if (base.isPresent()) {
      Files.copy(base.get(), copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }

  /** Moves the working copy of a successful dump into place as the level-{@code level} file. */
  void commit(Path working, int level) throws IOException {
    Files.move(
        working, level(level), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    log.debug("event=snapshot_committed level={} file={}", level, level(level));
  }
}
