package org.jamanda.config;

/**
 * One way to estimate a dump's size, in a dumptype's {@code estimate} list (Amanda's {@code
 * estimate_t}).
 */
public enum Estimate {
  CLIENT,
  SERVER,
  CALCSIZE
}
