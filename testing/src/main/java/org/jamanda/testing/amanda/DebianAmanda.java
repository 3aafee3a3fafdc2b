package org.jamanda.testing.amanda;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jamanda.testing.Prerequisites;

/**
 * Where Debian's {@code amanda-server} and {@code amanda-client} 3.5.1 packages put things, and the
 * check that a test can use them.
 *
 * <p>Stateless and thread-safe. The paths are Debian's build settings ({@code amadmin x version}
 * prints them): programs in {@code /usr/sbin}, daemons in {@code /usr/lib/amanda}, the user {@code
 * backup} with home {@code /var/backups}.
 */
public final class DebianAmanda {
  /** The account Amanda's programs and amandad run as ({@code CLIENT_LOGIN}). */
  public static final String USER = "backup";

  /** The primary group of {@link #USER}. */
  public static final String GROUP = "backup";

  /** The client daemon started by inetd. */
  public static final Path AMANDAD = Path.of("/usr/lib/amanda/amandad");

  /** The server's check of tape server and client hosts. */
  public static final Path AMCHECK = Path.of("/usr/sbin/amcheck");

  /** Sends one request to an amandad and prints its reply body. */
  public static final Path AMSERVICE = Path.of("/usr/sbin/amservice");

  /** Prints values of a configuration, as Amanda's parser read them. */
  public static final Path AMGETCONF = Path.of("/usr/sbin/amgetconf");

  /** Holds one directory per server configuration. */
  public static final Path CONFIG_ROOT = Path.of("/etc/amanda");

  /** Where every Amanda program writes its {@code *.debug} file. */
  public static final Path DEBUG_LOG_ROOT = Path.of("/var/log/amanda");

  /** The file {@code ~backup/.amandahosts} points to on Debian. */
  public static final Path AMANDAHOSTS = Path.of("/etc/amandahosts");

  /** The name amandad reads (and quotes in its messages): a symlink to {@link #AMANDAHOSTS}. */
  public static final Path HOME_AMANDAHOSTS = Path.of("/var/backups/.amandahosts");

  private DebianAmanda() {}

  /**
   * Skips the calling test (or fails it under {@code CI=true}) unless it runs as root on a machine
   * with xinetd and Debian's Amanda server and client installed.
   */
  public static void requireInstalled() {
    Prerequisites.requireRoot();
    Prerequisites.requireCommand("xinetd");
    Prerequisites.requireCommand("runuser");
    Prerequisites.require(
        Files.isExecutable(AMCHECK) && Files.isExecutable(AMSERVICE),
        "this test needs Debian's amanda-server (" + AMCHECK + ", " + AMSERVICE + ")");
    Prerequisites.require(
        Files.isExecutable(AMANDAD), "this test needs Debian's amanda-client (" + AMANDAD + ")");
  }
}
