package org.jamanda.config;

/** A dumptype's {@code data-path}: through Amanda's processes or straight to the device. */
public enum DataPath {
  AMANDA,
  DIRECTTCP
}
