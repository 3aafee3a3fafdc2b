package org.jamanda.daemon.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Objects;

/**
 * The C errno behind a failed file operation, as Amanda's messages show it: number, symbolic name
 * and {@code strerror} text (glibc's). Java reports errno through exception types and reason texts;
 * this maps them back. An unknown reason keeps its text with number 0. Immutable.
 *
 * @param number the errno value on Linux; 0 when unknown
 * @param name the symbolic name, e.g. {@code ENOENT}; {@code UNKNOWN} when unknown
 * @param text the strerror text, e.g. {@code No such file or directory}
 */
record Errno(int number, String name, String text) {
  static final Errno EPERM = new Errno(1, "EPERM", "Operation not permitted");
  static final Errno ENOENT = new Errno(2, "ENOENT", "No such file or directory");
  static final Errno EIO = new Errno(5, "EIO", "Input/output error");
  static final Errno EACCES = new Errno(13, "EACCES", "Permission denied");
  static final Errno ENOTDIR = new Errno(20, "ENOTDIR", "Not a directory");
  static final Errno EROFS = new Errno(30, "EROFS", "Read-only file system");
  static final Errno ENAMETOOLONG = new Errno(36, "ENAMETOOLONG", "File name too long");
  static final Errno ELOOP = new Errno(40, "ELOOP", "Too many levels of symbolic links");

  private static final List<Errno> KNOWN =
      List.of(EPERM, ENOENT, EIO, EACCES, ENOTDIR, EROFS, ENAMETOOLONG, ELOOP);

  Errno {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** The errno that {@code failure} stands for. */
  static Errno of(IOException failure) {
    if (failure instanceof NoSuchFileException) {
      return ENOENT;
    }
    if (failure instanceof AccessDeniedException) {
      return EACCES;
    }
    if (failure instanceof NotDirectoryException) {
      return ENOTDIR;
    }
    String reason =
        failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage();
    if (reason == null) {
      return new Errno(0, "UNKNOWN", failure.getClass().getSimpleName());
    }
    for (Errno known : KNOWN) {
      // Java words ELOOP as "Too many levels of symbolic links or unable to access ...".
      if (reason.startsWith(known.text())) {
        return known;
      }
    }
    return new Errno(0, "UNKNOWN", reason);
  }
}
