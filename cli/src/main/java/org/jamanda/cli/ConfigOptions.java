package org.jamanda.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.jamanda.config.ConfigDirectory;
import picocli.CommandLine.Option;

/** The option every command takes to find configurations somewhere other than /etc/amanda. */
final class ConfigOptions {
  @Option(
      names = "--config-dir",
      paramLabel = "DIR",
      description =
          "Where configurations live (DIR/NAME/amanda.conf). Default: $JAMANDA_CONFIG_DIR, else"
              + " /etc/amanda.")
  Path configDir;

  ConfigDirectory directory() {
    return ConfigDirectory.locate(Optional.ofNullable(configDir));
  }
}
