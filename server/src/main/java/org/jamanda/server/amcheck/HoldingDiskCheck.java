package org.jamanda.server.amcheck;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks one holding disk as amcheck.c does: the directory exists, this process may write and
 * search it, and its free space covers {@code use}. A shortfall is a warning and counts as a
 * problem, as in Amanda; sizes are shown in {@code displayunit}.
 *
 * <pre>
 * NOTE: Holding disk '/srv/amanda-lab/holding': 82837504 KB disk space available, using 262144 KB as requested
 * </pre>
 */
final class HoldingDiskCheck {
  private final String displayunit;

  /**
   * @param displayunit {@code K}, {@code M}, {@code G} or {@code T}
   */
  HoldingDiskCheck(String displayunit) {
    this.displayunit = displayunit.toUpperCase(Locale.ROOT);
  }

  Findings check(HoldingDisk disk) {
    Path dir = disk.directory();
    long availKib;
    try {
      if (!Files.isDirectory(dir)) {
        throw Files.exists(dir) ? new IOException("Not a directory") : new NoSuchFileException("");
      }
      availKib = Files.getFileStore(dir).getUsableSpace() / 1024;
    } catch (IOException e) {
      return problem(
          Severity.ERROR,
          "holding dir '" + dir + "' (" + reason(e) + ")",
          "you must create a directory");
    }
    if (!Files.isWritable(dir)) {
      return problem(
          Severity.ERROR,
          "holding disk '" + dir + "': not writable: Permission denied",
          "check permissions");
    }
    if (!Files.isExecutable(dir)) {
      return problem(
          Severity.ERROR,
          "holding disk '" + dir + "': not searcheable: Permission denied",
          "check permissions of ancestors");
    }
    return disk.useKib() > 0
        ? fixedUse(dir, availKib, disk.useKib())
        : allBut(dir, availKib, -disk.useKib());
  }

  // use N: N KiB must be free.
  private Findings fixedUse(Path dir, long availKib, long useKib) {
    if (availKib == 0) {
      return problem(
          Severity.WARNING,
          "holding disk '" + dir + "': no space available (" + size(useKib) + " requested)");
    }
    if (availKib < useKib) {
      return problem(
          Severity.WARNING,
          "holding disk '"
              + dir
              + "': only "
              + size(availKib)
              + " available ("
              + size(useKib)
              + " requested)");
    }
    return Findings.EMPTY.withNote(
        CheckMessage.of(
            Severity.INFO,
            "Holding disk '"
                + dir
                + "': "
                + size(availKib)
                + " disk space available, using "
                + size(useKib)
                + " as requested"));
  }

  // use -N (or 0): everything but N KiB.
  private Findings allBut(Path dir, long availKib, long reserveKib) {
    if (availKib < reserveKib) {
      return problem(
              Severity.WARNING,
              "holding disk '" + dir + "': only " + size(availKib) + " free, using nothing")
          .withProblem(
              CheckMessage.of(Severity.WARNING, "Not enough free space specified in amanda.conf"));
    }
    return Findings.EMPTY.withNote(
        CheckMessage.of(
            Severity.INFO,
            "Holding disk '"
                + dir
                + "': "
                + size(availKib)
                + " disk space available, using "
                + size(availKib - reserveKib)));
  }

  /** {@code %{size:...}}: a KiB count in the display unit, e.g. {@code 262144 KB}. */
  String size(long kib) {
    int shift =
        switch (displayunit) {
          case "M" -> 10;
          case "G" -> 20;
          case "T" -> 30;
          default -> 0;
        };
    return (kib >> shift) + " " + displayunit + "B";
  }

  private static Findings problem(Severity severity, String text, String hint) {
    return Findings.EMPTY.withProblem(CheckMessage.of(severity, text, hint));
  }

  private static Findings problem(Severity severity, String text) {
    return Findings.EMPTY.withProblem(CheckMessage.of(severity, text));
  }

  // The strerror text Amanda would print for the failure.
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    return e.getMessage();
  }
}
