package org.jamanda.testing.amanda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives {@code /etc/amandahosts} (Debian's {@code ~backup/.amandahosts}) the lines a test needs,
 * owned by {@code backup}, and puts the original bytes, owner and mode back on {@link #close}.
 *
 * <p>Holds a machine-wide lock from install to close, so two tests (in this JVM or another) never
 * edit the file at once. Not thread-safe; one test owns it. Needs root.
 */
public final class AmandaHostsFixture implements AutoCloseable, DiagnosticSource {
  private static final Logger log = LoggerFactory.getLogger(AmandaHostsFixture.class);

  /** The mode amandad demands: read and write for the owner only. */
  public static final Set<PosixFilePermission> OWNER_ONLY =
      Set.copyOf(PosixFilePermissions.fromString("rw-------"));

  /** How long to wait for another test that has the file. */
  public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

  private final Path file;
  private final MachineLock lock;
  private final Snapshot original;
  private final ExitCleanup exitCleanup;

  // What was there before: absent (bytes == null), or these bytes with this owner, group and mode.
  private static final class Snapshot {
    final byte[] bytes;
    final String owner;
    final String group;
    final String mode;

    Snapshot(byte[] bytes, String owner, String group, String mode) {
      this.bytes = bytes;
      this.owner = owner;
      this.group = group;
      this.mode = mode;
    }
  }

  private AmandaHostsFixture(Path file, MachineLock lock, Snapshot original) {
    this.file = file;
    this.lock = lock;
    this.original = original;
    this.exitCleanup = ExitCleanup.register("amandahosts", this::restore);
  }

  /** Installs {@code lines} with mode 0600, owned by backup. */
  public static AmandaHostsFixture install(List<String> lines)
      throws IOException, InterruptedException {
    return install(lines, OWNER_ONLY);
  }

  /**
   * Installs {@code lines} with {@code mode}, owned by backup; a mode other than 0600 lets a test
   * see amandad refuse the file.
   *
   * @throws IOException when {@code ~backup/.amandahosts} is not Debian's symlink to {@code
   *     /etc/amandahosts} (nothing is changed then), or the lock is held too long
   */
  public static AmandaHostsFixture install(List<String> lines, Set<PosixFilePermission> mode)
      throws IOException, InterruptedException {
    requireDebianLink();
    MachineLock lock = MachineLock.acquire("amandahosts", LOCK_TIMEOUT);
    AmandaHostsFixture fixture;
    try {
      fixture = new AmandaHostsFixture(DebianAmanda.AMANDAHOSTS, lock, snapshot());
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
    try {
      fixture.rewrite(lines, mode);
      return fixture;
    } catch (IOException | RuntimeException e) {
      // Half written: put the original back before reporting.
      try {
        fixture.close();
      } catch (IOException restoring) {
        e.addSuppressed(restoring);
      }
      throw e;
    }
  }

  /** The file written, {@code /etc/amandahosts}. */
  public Path file() {
    return file;
  }

  /** The name amandad reads and quotes in its messages, {@code /var/backups/.amandahosts}. */
  public Path pathAmandaReads() {
    return DebianAmanda.HOME_AMANDAHOSTS;
  }

  /** Replaces the lines and mode; amandad reads the file at each request. */
  public void rewrite(List<String> lines, Set<PosixFilePermission> mode) throws IOException {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    TempFiles.own(file, DebianAmanda.USER, DebianAmanda.GROUP, PosixFilePermissions.toString(mode));
    log.debug(
        "amandahosts installed file={} lines={} mode={}",
        file,
        lines.size(),
        PosixFilePermissions.toString(mode));
  }

  /** The file as the test left it: its mode, owner and lines (test lines, no secrets). */
  @Override
  public String diagnostics() {
    String attributes;
    try {
      PosixFileAttributes now = Files.readAttributes(file, PosixFileAttributes.class);
      attributes =
          PosixFilePermissions.toString(now.permissions())
              + " "
              + now.owner().getName()
              + ":"
              + now.group().getName();
    } catch (IOException e) {
      attributes = "(cannot stat: " + e + ")";
    }
    return "---- " + file + " " + attributes + " ----\n" + DiagnosticSource.readFile(file);
  }

  /** Restores the original bytes, owner, group and mode (or removes a file that was not there). */
  @Override
  public void close() throws IOException {
    exitCleanup.cancel();
    try {
      restore();
    } finally {
      lock.close();
    }
  }

  private void restore() throws IOException {
    if (original.bytes == null) {
      Files.deleteIfExists(file);
      return;
    }
    Files.write(file, original.bytes);
    TempFiles.own(file, original.owner, original.group, original.mode);
  }

  private static Snapshot snapshot() throws IOException {
    Path file = DebianAmanda.AMANDAHOSTS;
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Snapshot(null, "", "", "");
    }
    PosixFileAttributes attributes =
        Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return new Snapshot(
        Files.readAllBytes(file),
        attributes.owner().getName(),
        attributes.group().getName(),
        PosixFilePermissions.toString(attributes.permissions()));
  }

  private static void requireDebianLink() throws IOException {
    Path link = DebianAmanda.HOME_AMANDAHOSTS;
    boolean linked =
        Files.isSymbolicLink(link)
            && link.resolveSibling(Files.readSymbolicLink(link))
                .normalize()
                .equals(DebianAmanda.AMANDAHOSTS);
    if (!linked) {
      throw new IOException(
          link
              + " is not a symlink to "
              + DebianAmanda.AMANDAHOSTS
              + " as Debian's amanda-common makes it; this fixture would edit the wrong file");
    }
  }
}
