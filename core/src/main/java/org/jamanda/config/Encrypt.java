package org.jamanda.config;

/** A dumptype's {@code encrypt}: who encrypts the dump, if anyone (Amanda's {@code encrypt_t}). */
public enum Encrypt {
  NONE,
  CLIENT,
  SERVER
}
