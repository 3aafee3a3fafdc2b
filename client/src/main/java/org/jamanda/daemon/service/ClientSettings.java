package org.jamanda.daemon.service;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the client services need to know about this host: where the client state lives, which tar to
 * run, what to report. Defaults follow Debian's Amanda client ({@code
 * /var/lib/amanda/gnutar-lists}, {@code /var/lib/amanda/amandates}). Immutable.
 *
 * @param version what selfcheck reports as the client's version, e.g. {@code jamanda-0.1.0}
 * @param localHostName the host name used when a request's OPTIONS carry none
 * @param gnutarListDir where GNU tar's listed-incremental files go ({@code gnutar-list-dir}); empty
 *     when not configured, in which case the amandates file is checked instead, as Amanda does
 * @param amandates the file of dump dates ({@code amandates})
 * @param gnutarPath the GNU tar to run; empty to search {@code tarSearchPath}
 * @param tarSearchPath directories searched, in order, for {@code tar}
 * @param spaceChecks directories whose free space selfcheck reports, each needing 64 KiB
 * @param osRelease the os-release file that names the distribution
 * @param amandadAuth the auth amandad serves this request with ({@code -auth=}), if known; a DLE
 *     asking for another one is reported as Amanda does
 * @param tarTimeout how long {@code tar --version} may take
 */
public record ClientSettings(
    String version,
    String localHostName,
    Optional<Path> gnutarListDir,
    Path amandates,
    Optional<Path> gnutarPath,
    List<Path> tarSearchPath,
    List<Path> spaceChecks,
    Path osRelease,
    Optional<String> amandadAuth,
    Duration tarTimeout) {
  /** jamanda's version as selfcheck reports it; one word, so legacy lines need no quotes. */
  public static final String VERSION = "jamanda-0.1.0";

  public ClientSettings {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(localHostName, "localHostName");
    Objects.requireNonNull(gnutarListDir, "gnutarListDir");
    Objects.requireNonNull(amandates, "amandates");
    Objects.requireNonNull(gnutarPath, "gnutarPath");
    tarSearchPath = List.copyOf(tarSearchPath);
    spaceChecks = List.copyOf(spaceChecks);
    Objects.requireNonNull(osRelease, "osRelease");
    Objects.requireNonNull(amandadAuth, "amandadAuth");
    Objects.requireNonNull(tarTimeout, "tarTimeout");
  }

  /**
   * Debian's locations; tar is searched on the {@code PATH}, then in {@code /bin} and {@code
   * /usr/bin}; free space is reported for the temporary directory and the client state directory.
   */
  public static ClientSettings defaults() {
    return new ClientSettings(
        VERSION,
        kernelHostName(),
        Optional.of(Path.of("/var/lib/amanda/gnutar-lists")),
        Path.of("/var/lib/amanda/amandates"),
        Optional.empty(),
        searchPath(System.getenv("PATH")),
        List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("/var/lib/amanda")),
        Path.of("/etc/os-release"),
        Optional.empty(),
        Duration.ofSeconds(5));
  }

  /** The directories of a {@code PATH} value, then {@code /bin} and {@code /usr/bin}. */
  static List<Path> searchPath(String path) {
    List<Path> dirs = new ArrayList<>();
    if (path != null) {
      for (String dir : path.split(":", -1)) {
        if (!dir.isEmpty()) {
          dirs.add(Path.of(dir));
        }
      }
    }
    dirs.add(Path.of("/bin"));
    dirs.add(Path.of("/usr/bin"));
    return dirs;
  }

  // The kernel's host name, as gethostname() gives it; the JDK's lookup is the fallback.
  private static String kernelHostName() {
    try {
      String name =
          Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
      if (!name.isEmpty()) {
        return name;
      }
    } catch (IOException e) {
      // not Linux: ask the JDK below
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  /** These settings with another gnutar-list-dir (empty: not configured). */
  public ClientSettings withGnutarListDir(Optional<Path> dir) {
    return new ClientSettings(
        version,
        localHostName,
        dir,
        amandates,
        gnutarPath,
        tarSearchPath,
        spaceChecks,
        osRelease,
        amandadAuth,
        tarTimeout);
  }

  /** These settings with another amandates file. */
  public ClientSettings withAmandates(Path file) {
    return new ClientSettings(
        version,
        localHostName,
        gnutarListDir,
        file,
        gnutarPath,
        tarSearchPath,
        spaceChecks,
        osRelease,
        amandadAuth,
        tarTimeout);
  }

  /** These settings with an explicit GNU tar (empty: search). */
  public ClientSettings withGnutarPath(Optional<Path> tar) {
    return new ClientSettings(
        version,
        localHostName,
        gnutarListDir,
        amandates,
        tar,
        tarSearchPath,
        spaceChecks,
        osRelease,
        amandadAuth,
        tarTimeout);
  }

  /** These settings reporting free space of {@code dirs}. */
  public ClientSettings withSpaceChecks(List<Path> dirs) {
    return new ClientSettings(
        version,
        localHostName,
        gnutarListDir,
        amandates,
        gnutarPath,
        tarSearchPath,
        dirs,
        osRelease,
        amandadAuth,
        tarTimeout);
  }

  /** These settings with the auth amandad serves with. */
  public ClientSettings withAmandadAuth(Optional<String> auth) {
    return new ClientSettings(
        version,
        localHostName,
        gnutarListDir,
        amandates,
        gnutarPath,
        tarSearchPath,
        spaceChecks,
        osRelease,
        auth,
        tarTimeout);
  }
}
