package org.jamanda.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.common.InputExcerpt;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Location;

/**
 * Where configurations live: a root directory ({@code CONFIG_DIR}) holding one directory per
 * configuration. The root is the {@code --config-dir} option when given, else the environment
 * variable {@value #ENVIRONMENT_VARIABLE}, else {@code /etc/amanda}.
 *
 * <pre>
 * /etc/amanda/amanda-client.conf       read first by clients, if present
 * /etc/amanda/amanda.conf              read first by servers, if present
 * /etc/amanda/Daily/amanda.conf        the configuration "Daily"
 * /etc/amanda/Daily/amanda-client.conf overrides the root's client file
 * /etc/amanda/Daily/disklist           the default diskfile
 * </pre>
 *
 * <p>As Amanda 3.5's programs do ({@code config_init_with_global}), a file directly under the root
 * is read before the configuration's own, whose settings win. Immutable and thread-safe.
 */
public final class ConfigDirectory {
  /** The environment variable that names the root when no option does. */
  public static final String ENVIRONMENT_VARIABLE = "JAMANDA_CONFIG_DIR";

  /** The root when nothing else names one. */
  public static final Path DEFAULT_ROOT = Path.of("/etc/amanda");

  private static final String SERVER_FILE = "amanda.conf";
  private static final String CLIENT_FILE = "amanda-client.conf";

  private final Path root;

  private ConfigDirectory(Path root) {
    this.root = root;
  }

  /** The root named by {@code option}, else by the process environment, else the default. */
  public static ConfigDirectory locate(Optional<Path> option) {
    return locate(option, System.getenv());
  }

  /** The root named by {@code option}, else by {@code environment}, else the default. */
  public static ConfigDirectory locate(Optional<Path> option, Map<String, String> environment) {
    if (option.isPresent()) {
      return new ConfigDirectory(option.get());
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return new ConfigDirectory(Path.of(fromEnvironment));
    }
    return new ConfigDirectory(DEFAULT_ROOT);
  }

  public Path root() {
    return root;
  }

  /** The directory of configuration {@code name}. */
  public Path directoryOf(String name) throws ConfigException {
    if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
      throw new ConfigException(
          Location.of(root), "bad configuration name " + InputExcerpt.of(name));
    }
    return root.resolve(name);
  }

  /** The files a server reads for {@code name}, in order; the last must exist. */
  public List<Path> serverFiles(String name) throws ConfigException {
    List<Path> files = new ArrayList<>();
    if (Files.isRegularFile(root.resolve(SERVER_FILE))) {
      files.add(root.resolve(SERVER_FILE));
    }
    files.add(directoryOf(name).resolve(SERVER_FILE));
    return files;
  }

  /** Reads configuration {@code name}: the root's amanda.conf if present, then its own. */
  public ServerConfig loadServer(String name) throws ConfigException {
    return ServerConfig.read(directoryOf(name), serverFiles(name));
  }

  /** Reads the disklist of {@code config} (its {@code diskfile}). */
  public Disklist loadDisklist(ServerConfig config) throws ConfigException {
    return Disklist.read(config);
  }

  /**
   * The client files that exist, in the order read: the root's amanda-client.conf, then that of
   * configuration {@code name} when one is given.
   */
  public List<Path> clientFiles(Optional<String> name) throws ConfigException {
    List<Path> candidates = new ArrayList<>(List.of(root.resolve(CLIENT_FILE)));
    if (name.isPresent()) {
      candidates.add(directoryOf(name.get()).resolve(CLIENT_FILE));
    }
    return candidates.stream().filter(Files::isRegularFile).toList();
  }

  /**
   * Reads the client configuration: the root's amanda-client.conf, overridden by that of
   * configuration {@code name}; a file that does not exist is skipped, so none at all gives the
   * defaults.
   */
  public ClientConfig loadClient(Optional<String> name) throws ConfigException {
    return ClientConfig.read(root, name.orElse(""), clientFiles(name));
  }
}
