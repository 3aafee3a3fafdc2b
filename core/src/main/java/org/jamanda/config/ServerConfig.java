package org.jamanda.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.parse.ConfigException;

/**
 * A configuration read from amanda.conf: its global settings, its defined sections (dumptypes,
 * tapetypes, holding disks...), and the keywords it sets that jamanda does not act on yet.
 *
 * <pre>
 * ServerConfig config = ConfigDirectory.locate(cliOption).loadServer("Daily");
 * int dumpers = config.inparallel();
 * </pre>
 *
 * <p>Immutable and thread-safe. Paths the files give relative are taken from the configuration's
 * directory, as Amanda's {@code config_dir_relative} does.
 */
public final class ServerConfig {
  private final String name;
  private final Path directory;
  private final Path root;
  private final List<Path> files;
  private final Section globals;
  private final Map<SectionKind, List<Section>> sections = new EnumMap<>(SectionKind.class);
  private final List<IgnoredKeyword> ignored;
  private final int anonymousCount;

  private ServerConfig(String name, Path directory, List<Path> files, ConfigState state) {
    this.name = name;
    this.directory = directory;
    this.root = state.configRoot();
    this.files = List.copyOf(files);
    this.globals = state.globals().build();
    for (SectionKind kind : SectionKind.values()) {
      sections.put(kind, state.sections(kind));
    }
    this.ignored = List.copyOf(state.ignored());
    this.anonymousCount = state.anonymousCount();
  }

  /**
   * Reads {@code directory}/amanda.conf alone. The configuration is named after the directory,
   * whose parent is taken as the configuration root ({@code CONFIG_DIR}) for defaults.
   */
  public static ServerConfig read(Path directory) throws ConfigException {
    Path absolute = directory.toAbsolutePath().normalize();
    return read(absolute, List.of(absolute.resolve("amanda.conf")));
  }

  /** Reads {@code files} in order, each overriding the ones before. */
  static ServerConfig read(Path directory, List<Path> files) throws ConfigException {
    Path absolute = directory.toAbsolutePath().normalize();
    String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
    Path root = absolute.getParent() == null ? absolute : absolute.getParent();
    return new ServerConfig(name, absolute, files, ConfigLoader.server(root, name, files));
  }

  /** The configuration's name: the name of its directory. */
  public String name() {
    return name;
  }

  /** The configuration's directory, where amanda.conf is. */
  public Path directory() {
    return directory;
  }

  /** The files read, in order. */
  public List<Path> files() {
    return files;
  }

  /** The global settings. */
  public Section globals() {
    return globals;
  }

  /** A global setting. */
  public <T> T value(Parameter<T> parameter) {
    return globals.value(parameter);
  }

  /** The sections of {@code kind}, in the order they were defined (made-up ones included). */
  public List<Section> sections(SectionKind kind) {
    return sections.get(kind);
  }

  /** The section of that kind and name; names are compared without regard to case. */
  public Optional<Section> section(SectionKind kind, String sectionName) {
    return sections.get(kind).stream()
        .filter(s -> s.name().equalsIgnoreCase(sectionName))
        .findFirst();
  }

  public Optional<Section> dumptype(String dumptypeName) {
    return section(SectionKind.DUMPTYPE, dumptypeName);
  }

  /** The holding disks in use ({@code holdingdisk} lines), in order. */
  public List<Section> holdingDisks() {
    return value(GlobalParameters.HOLDINGDISK).stream()
        .map(disk -> section(SectionKind.HOLDINGDISK, disk).orElseThrow())
        .toList();
  }

  /** The tapetype the {@code tapetype} keyword names. */
  public Section tapetype() {
    return section(SectionKind.TAPETYPE, value(GlobalParameters.TAPETYPE)).orElseThrow();
  }

  /** Keywords set in the files that jamanda does not act on yet, in the order read. */
  public List<IgnoredKeyword> ignoredKeywords() {
    return ignored;
  }

  public int inparallel() {
    return value(GlobalParameters.INPARALLEL);
  }

  public int maxdumps() {
    return value(GlobalParameters.MAXDUMPS);
  }

  /** Days within which every DLE gets a full dump. */
  public int dumpcycle() {
    return value(GlobalParameters.DUMPCYCLE);
  }

  public int runspercycle() {
    return value(GlobalParameters.RUNSPERCYCLE);
  }

  public int tapecycle() {
    return value(GlobalParameters.TAPECYCLE);
  }

  /** The bandwidth the driver schedules against, in KiB per second. */
  public int netusageKibPerSecond() {
    return value(GlobalParameters.NETUSAGE);
  }

  public String dumporder() {
    return value(GlobalParameters.DUMPORDER);
  }

  /** The privileged UDP source ports to use; empty when unset (no default in jamanda). */
  public Optional<IntRange> reservedUdpPort() {
    return value(GlobalParameters.RESERVED_UDP_PORT);
  }

  /** The privileged TCP source ports to use; empty when unset. */
  public Optional<IntRange> reservedTcpPort() {
    return value(GlobalParameters.RESERVED_TCP_PORT);
  }

  /** The unprivileged TCP ports for data connections; empty when unset. */
  public Optional<IntRange> unreservedTcpPort() {
    return value(GlobalParameters.UNRESERVED_TCP_PORT);
  }

  public String tpchanger() {
    return value(GlobalParameters.TPCHANGER);
  }

  public String tapedev() {
    return value(GlobalParameters.TAPEDEV);
  }

  public LabelStr labelstr() {
    return value(GlobalParameters.LABELSTR);
  }

  public Autolabel autolabel() {
    return value(GlobalParameters.AUTOLABEL);
  }

  public Path infofile() {
    return relative(GlobalParameters.INFOFILE);
  }

  public Path logdir() {
    return relative(GlobalParameters.LOGDIR);
  }

  public Path indexdir() {
    return relative(GlobalParameters.INDEXDIR);
  }

  public Path tapelist() {
    return relative(GlobalParameters.TAPELIST);
  }

  /** The disklist file ({@code diskfile}, by default "disklist" in the directory). */
  public Path diskfile() {
    return relative(GlobalParameters.DISKFILE);
  }

  /** How long amcheck waits for a client's reply. */
  public Duration ctimeout() {
    return Duration.ofSeconds(value(GlobalParameters.CTIMEOUT));
  }

  /**
   * The estimate timeout in seconds: per DLE when positive, for a whole host when negative (its
   * absolute value), as amanda.conf(5) says.
   */
  public int etimeoutSeconds() {
    return value(GlobalParameters.ETIMEOUT);
  }

  /** How long a dump may go without data before it is aborted. */
  public Duration dtimeout() {
    return Duration.ofSeconds(value(GlobalParameters.DTIMEOUT));
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

  /** The configuration root the defaults were made for ({@code CONFIG_DIR}). */
  Path root() {
    return root;
  }

  int anonymousCount() {
    return anonymousCount;
  }

  private Path relative(Parameter<String> parameter) {
    return directory.resolve(value(parameter));
  }
}
