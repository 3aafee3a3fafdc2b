package org.jamanda.config;

/**
 * The defaults Amanda takes from {@code configure} at build time, with the values of Debian's
 * amanda 3.5.1 packages (the Amanda jamanda is tested against), as its amgetconf prints them. The
 * manual pages only say "found by configure" for most of these.
 */
public final class BuildDefaults {
  /** {@code DEFAULT_CONFIG}: the default {@code org} and client {@code conf}. */
  public static final String DEFAULT_CONFIG = "DailySet1";

  /** {@code DEFAULT_SERVER}: the default index and amdump server of a client. */
  public static final String DEFAULT_SERVER = "localhost";

  /** {@code DEFAULT_TAPE_SERVER}: the default tape server of a client. */
  public static final String DEFAULT_TAPE_SERVER = "localhost";

  /** {@code CLIENT_LOGIN}: the default {@code dumpuser}. */
  public static final String CLIENT_LOGIN = "backup";

  /** {@code DEFAULT_TAPE_DEVICE}: the default {@code tapedev}. */
  public static final String TAPE_DEVICE = "";

  /** {@code DEFAULT_MAILER}. */
  public static final String MAILER = "/usr/bin/mail";

  /** {@code GNUTAR_LISTED_INCREMENTAL_DIR}: the default {@code gnutar-list-dir}. */
  public static final String GNUTAR_LIST_DIR = "/var/lib/amanda/gnutar-lists";

  /** {@code DEFAULT_AMANDATES_FILE}: the default {@code amandates}. */
  public static final String AMANDATES_FILE = "/var/lib/amanda/amandates";

  /** {@code AMANDA_TMPDIR}: the default {@code tmpdir}. */
  public static final String TMPDIR = "/tmp/amanda";

  /** {@code AMANDA_DEBUG_DAYS}: the default {@code debug-days}. */
  public static final int DEBUG_DAYS = 4;

  private BuildDefaults() {}
}
