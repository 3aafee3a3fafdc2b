package org.jamanda.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.parse.ConfigException;

/**
 * A client's configuration read from amanda-client.conf: where its servers are, how to reach them,
 * and the applications and scripts it defines. A missing file means all defaults, as for Amanda's
 * clients.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientConfig {
  private final String name;
  private final List<Path> files;
  private final Section globals;
  private final Map<SectionKind, List<Section>> sections = new EnumMap<>(SectionKind.class);
  private final List<IgnoredKeyword> ignored;

  private ClientConfig(String name, List<Path> files, ConfigState state) {
    this.name = name;
    this.files = List.copyOf(files);
    this.globals = state.globals().build();
    for (SectionKind kind : SectionKind.values()) {
      sections.put(kind, state.sections(kind));
    }
    this.ignored = List.copyOf(state.ignored());
  }

  /**
   * Reads {@code files} in order, each overriding the ones before; all must exist. {@code root} is
   * the configuration root ({@code CONFIG_DIR}) for defaults, {@code name} the configuration's name
   * ("" for none).
   */
  public static ClientConfig read(Path root, String name, List<Path> files) throws ConfigException {
    return new ClientConfig(name, files, ConfigLoader.client(root, name, files));
  }

  /** The configuration's name, or "" when the client configuration of the root was read. */
  public String name() {
    return name;
  }

  /** The files read, in order; empty when none existed. */
  public List<Path> files() {
    return files;
  }

  public Section globals() {
    return globals;
  }

  public <T> T value(Parameter<T> parameter) {
    return globals.value(parameter);
  }

  /** The applications or scripts defined, in order. */
  public List<Section> sections(SectionKind kind) {
    return sections.get(kind);
  }

  public Optional<Section> section(SectionKind kind, String sectionName) {
    return sections.get(kind).stream()
        .filter(s -> s.name().equalsIgnoreCase(sectionName))
        .findFirst();
  }

  public List<IgnoredKeyword> ignoredKeywords() {
    return ignored;
  }

  /** The server configuration amrecover asks for ({@code conf}). */
  public String conf() {
    return value(ClientParameters.CONF);
  }

  public String indexServer() {
    return value(ClientParameters.INDEX_SERVER);
  }

  public String tapeServer() {
    return value(ClientParameters.TAPE_SERVER);
  }

  public String auth() {
    return value(ClientParameters.AUTH);
  }

  /** The server's amandad port or service name; "" means the default ("amanda"). */
  public String clientPort() {
    return value(ClientParameters.CLIENT_PORT);
  }

  public Optional<IntRange> reservedUdpPort() {
    return value(GlobalParameters.RESERVED_UDP_PORT);
  }

  public Optional<IntRange> reservedTcpPort() {
    return value(GlobalParameters.RESERVED_TCP_PORT);
  }

  public Optional<IntRange> unreservedTcpPort() {
    return value(GlobalParameters.UNRESERVED_TCP_PORT);
  }

  public Path gnutarListDir() {
    return Path.of(value(ClientParameters.GNUTAR_LIST_DIR));
  }

  public Path amandates() {
    return Path.of(value(ClientParameters.AMANDATES));
  }

  public PropertyList property() {
    return value(GlobalParameters.PROPERTY);
  }

  public Duration ctimeout() {
    return Duration.ofSeconds(value(GlobalParameters.CTIMEOUT));
  }

  public int reqTries() {
    return value(GlobalParameters.REQ_TRIES);
  }

  public int repTries() {
    return value(GlobalParameters.REP_TRIES);
  }

  public int connectTries() {
    return value(GlobalParameters.CONNECT_TRIES);
  }
}
