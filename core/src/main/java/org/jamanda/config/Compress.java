package org.jamanda.config;

/**
 * A dumptype's {@code compress}: who compresses the dump and how (Amanda's {@code comp_t}). Amanda
 * prints them as "NONE", "CLIENT FAST", "SERVER CUSTOM" and so on.
 */
public enum Compress {
  NONE,
  CLIENT_FAST,
  CLIENT_BEST,
  CLIENT_CUSTOM,
  SERVER_FAST,
  SERVER_BEST,
  SERVER_CUSTOM;

  /** True when the client compresses. */
  public boolean isOnClient() {
    return name().startsWith("CLIENT");
  }

  /** True when the server compresses. */
  public boolean isOnServer() {
    return name().startsWith("SERVER");
  }
}
