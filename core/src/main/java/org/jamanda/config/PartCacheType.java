package org.jamanda.config;

/** A tapetype's {@code part-cache-type}: where a split part is kept for retries. */
public enum PartCacheType {
  NONE,
  DISK,
  MEMORY
}
