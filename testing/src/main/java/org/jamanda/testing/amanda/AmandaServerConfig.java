package org.jamanda.testing.amanda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throw-away Amanda server configuration: {@code /etc/amanda/<name>/} with {@code amanda.conf}
 * and {@code disklist}, plus a work directory (vtapes, holding disk, state, the data the DLEs
 * name), all owned by {@code backup}.
 *
 * <p>{@link #close} removes both directories and the configuration's debug-log directories. The
 * name is random ({@code jamanda-it-xxxxxxxx}), so parallel tests never share one. Not thread-safe;
 * one test owns it. Needs root.
 */
public final class AmandaServerConfig implements AutoCloseable, DiagnosticSource {
  private static final Logger log = LoggerFactory.getLogger(AmandaServerConfig.class);

  private final String name;
  private final ServerSettings settings;
  private final Path directory;
  private final Path work;
  private final ExitCleanup exitCleanup;

  private AmandaServerConfig(String name, ServerSettings settings, Path directory, Path work) {
    this.name = name;
    this.settings = settings;
    this.directory = directory;
    this.work = work;
    this.exitCleanup = ExitCleanup.register("amanda-config-" + name, this::removeAll);
  }

  /**
   * Writes the configuration and creates its directories.
   *
   * @throws IOException when {@code /etc/amanda} is missing (Debian's amanda-common creates it) or
   *     a file cannot be written; whatever was created is removed again
   */
  public static AmandaServerConfig create(ServerSettings settings) throws IOException {
    if (!Files.isDirectory(DebianAmanda.CONFIG_ROOT)) {
      throw new IOException(DebianAmanda.CONFIG_ROOT + " is missing: is amanda-common installed?");
    }
    String name = "jamanda-it-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    Path directory = Files.createDirectory(DebianAmanda.CONFIG_ROOT.resolve(name));
    Path work = Files.createTempDirectory("jamanda-amanda-" + name + "-");
    AmandaServerConfig config = new AmandaServerConfig(name, settings, directory, work);
    try {
      config.writeFiles();
    } catch (IOException | RuntimeException e) {
      config.closeAfterFailure(e);
      throw e;
    }
    log.info("amanda config created name={} auth={} dir={}", name, settings.auth(), directory);
    return config;
  }

  /** The configuration's name, the argument of {@code amcheck} and friends. */
  public String name() {
    return name;
  }

  public ServerSettings settings() {
    return settings;
  }

  /** {@code /etc/amanda/<name>}. */
  public Path directory() {
    return directory;
  }

  /** The temporary directory holding {@code vtapes/}, {@code holding/}, {@code state/}. */
  public Path workDirectory() {
    return work;
  }

  /** The directory every DLE of the disklist backs up; it holds one small file. */
  public Path dataDirectory() {
    return work.resolve("data");
  }

  @Override
  public String diagnostics() {
    return "---- amanda config "
        + name
        + " ----\n"
        + DiagnosticSource.readFile(directory.resolve("amanda.conf"))
        + "---- disklist ----\n"
        + DiagnosticSource.readFile(directory.resolve("disklist"));
  }

  /** Removes the configuration, its work directory and its debug-log directories. */
  @Override
  public void close() throws IOException {
    exitCleanup.cancel();
    removeAll();
    log.info("amanda config removed name={}", name);
  }

  private void removeAll() throws IOException {
    IOException failure = null;
    for (Path tree : List.of(directory, work, serverLogs(), clientLogs())) {
      try {
        TempFiles.deleteTree(tree);
      } catch (IOException e) {
        failure = failure == null ? e : addSuppressed(failure, e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void writeFiles() throws IOException {
    String owner = DebianAmanda.USER;
    String group = DebianAmanda.GROUP;
    TempFiles.own(work, owner, group, "rwxr-x---");
    for (String dir :
        List.of(
            "vtapes", "holding", "state", "state/curinfo", "state/log", "state/index", "data")) {
      TempFiles.own(Files.createDirectories(work.resolve(dir)), owner, group, "rwxr-x---");
    }
    writeOwned(work.resolve("state/tapelist"), "");
    writeOwned(dataDirectory().resolve("hello.txt"), "a file for the harness's DLE\n");
    TempFiles.own(directory, owner, group, "rwxrwx---");
    writeOwned(directory.resolve("amanda.conf"), AmandaConfText.amandaConf(name, settings, work));
    writeOwned(directory.resolve("disklist"), AmandaConfText.disklist(settings, dataDirectory()));
  }

  private static void writeOwned(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    TempFiles.own(file, DebianAmanda.USER, DebianAmanda.GROUP, "rw-r-----");
  }

  private Path serverLogs() {
    return DebianAmanda.DEBUG_LOG_ROOT.resolve("server").resolve(name);
  }

  private Path clientLogs() {
    return DebianAmanda.DEBUG_LOG_ROOT.resolve("client").resolve(name);
  }

  private void closeAfterFailure(Exception failure) {
    try {
      close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static IOException addSuppressed(IOException first, IOException next) {
    first.addSuppressed(next);
    return first;
  }
}
