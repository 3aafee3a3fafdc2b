package org.jamanda.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jamanda.config.parse.ConfigException;

/** Writes small configurations for tests and reads them back. */
final class ConfigTestFiles {
  private ConfigTestFiles() {}

  /** Writes {@code text} as {@code root}/cfg/amanda.conf and reads that configuration. */
  static ServerConfig server(Path root, String text) throws IOException, ConfigException {
    Path dir = Files.createDirectories(root.resolve("cfg"));
    Files.writeString(dir.resolve("amanda.conf"), text);
    return ServerConfig.read(dir);
  }

  /** The global value of {@code parameter} after reading {@code line} alone. */
  static <T> T global(Path root, String line, Parameter<T> parameter)
      throws IOException, ConfigException {
    return server(root, line + "\n").value(parameter);
  }
}
