package org.jamanda.server.amcheck;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A holding disk of amanda.conf, as amcheck looks at it. Immutable.
 *
 * @param name the name of its {@code holdingdisk} block
 * @param directory its {@code directory}
 * @param useKib its {@code use}, in KiB: positive to use that much, zero or negative to use all
 *     free space but that much
 */
public record HoldingDisk(String name, Path directory, long useKib) {
  public HoldingDisk {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(directory, "directory");
  }
}
