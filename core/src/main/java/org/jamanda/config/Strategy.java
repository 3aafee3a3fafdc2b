package org.jamanda.config;

/**
 * A dumptype's {@code strategy}: which dump levels the planner may choose (Amanda's {@code
 * strategy_t}).
 */
public enum Strategy {
  SKIP,
  STANDARD,
  NOFULL,
  NOINC,
  HANOI,
  INCRONLY
}
