package org.jamanda.config;

/**
 * A dumptype's {@code holdingdisk}: whether dumps go through a holding disk (Amanda's {@code
 * dump_holdingdisk_t}).
 */
public enum HoldingDiskUse {
  NEVER,
  AUTO,
  REQUIRED
}
