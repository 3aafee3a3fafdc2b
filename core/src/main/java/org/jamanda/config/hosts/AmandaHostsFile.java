package org.jamanda.config.hosts;

import static java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.GROUP_READ;
import static java.nio.file.attribute.PosixFilePermission.GROUP_WRITE;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_READ;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jamanda.config.hosts.AmandaHostsException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens {@code .amandahosts} and applies Amanda's file rules before anyone reads a line: open it
 * (following symlinks), then the opened file must belong to amandad's user and give group and
 * others no access. Messages are Amanda's ({@code check_user_amandahosts} in security-util.c).
 *
 * <p>Stateless and thread-safe.
 */
final class AmandaHostsFile {
  private static final Logger log = LoggerFactory.getLogger(AmandaHostsFile.class);

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS =
      EnumSet.of(GROUP_READ, GROUP_WRITE, GROUP_EXECUTE, OTHERS_READ, OTHERS_WRITE, OTHERS_EXECUTE);

  // The JDK appends this to the ELOOP text; Amanda prints strerror alone.
  private static final String JDK_ELOOP_SUFFIX = " or unable to access attributes of symbolic link";

  private AmandaHostsFile() {}

  /** The file's text, once it has passed Amanda's checks. */
  static String read(Path file, LocalUser localUser) throws AmandaHostsException {
    // Not try-with-resources: a failing close() must not discard what was read (Amanda's afclose
    // ignores it too), and every other step reports its own failure.
    InputStream in = open(file);
    try {
      // Amanda fstat()s the descriptor it opened. Java cannot, so the path is stat()ed right
      // after opening, following symlinks like open did; a rename in between goes unnoticed.
      PosixFileAttributes attributes = stat(file);
      checkOwner(file, uid(file), localUser);
      checkMode(file, attributes);
      return new String(readBounded(file, in, attributes.size()), StandardCharsets.UTF_8);
    } finally {
      close(file, in);
    }
  }

  private static void close(Path file, InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      log.debug("closing amandahosts failed, content already read file={} error={}", file, e);
    }
  }

  private static InputStream open(Path file) throws AmandaHostsException {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new AmandaHostsException(
          file, Reason.CANNOT_OPEN, "cannot open " + file + ": " + strerror(e), e);
    }
  }

  private static PosixFileAttributes stat(Path file) throws AmandaHostsException {
    try {
      return Files.readAttributes(file, PosixFileAttributes.class);
    } catch (IOException e) {
      throw cannotStat(file, strerror(e), e);
    } catch (UnsupportedOperationException e) {
      throw cannotStat(file, "file system has no POSIX owner and mode", e);
    }
  }

  // PosixFileAttributes names the owner but gives no number, and Amanda's message shows uids.
  private static long uid(Path file) throws AmandaHostsException {
    try {
      return ((Number) Files.getAttribute(file, "unix:uid")).longValue();
    } catch (IOException e) {
      throw cannotStat(file, strerror(e), e);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      throw cannotStat(file, "file system has no numeric owner", e);
    }
  }

  private static void checkOwner(Path file, long uid, LocalUser localUser)
      throws AmandaHostsException {
    if (uid != localUser.uid()) {
      throw new AmandaHostsException(
          file,
          Reason.WRONG_OWNER,
          file + ": owned by id " + uid + ", should be " + localUser.uid(),
          null);
    }
  }

  private static void checkMode(Path file, PosixFileAttributes attributes)
      throws AmandaHostsException {
    if (!Collections.disjoint(attributes.permissions(), GROUP_OR_OTHERS)) {
      throw new AmandaHostsException(
          file,
          Reason.OPEN_PERMISSIONS,
          file
              + ": incorrect permissions; file must be accessible only by its owner (chmod 600 "
              + file
              + ")",
          null);
    }
  }

  // Amanda reads with fgets, which returns EOF on a read error: the lines read so far count and
  // the rest is lost. A directory opens fine on Linux and fails here with EISDIR, so it counts as
  // an empty file, as in Amanda.
  private static byte[] readBounded(Path file, InputStream in, long statSize)
      throws AmandaHostsException {
    if (statSize > AmandaHosts.MAX_FILE_BYTES) {
      throw tooLarge(file, statSize);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > AmandaHosts.MAX_FILE_BYTES) {
          throw tooLarge(file, Math.max(statSize, out.size()));
        }
      }
    } catch (IOException e) {
      log.warn(
          "reading amandahosts failed, using the lines read so far file={} bytes={} error={}",
          file,
          out.size(),
          strerror(e));
    }
    return out.toByteArray();
  }

  private static AmandaHostsException tooLarge(Path file, long size) {
    return new AmandaHostsException(
        file,
        Reason.TOO_LARGE,
        file + ": too large: " + size + " bytes, limit " + AmandaHosts.MAX_FILE_BYTES,
        null);
  }

  private static AmandaHostsException cannotStat(Path file, String why, Exception cause) {
    return new AmandaHostsException(
        file, Reason.CANNOT_STAT, "cannot fstat " + file + ": " + why, cause);
  }

  /** The C library's text for the errno behind {@code e}, as Amanda prints with strerror. */
  static String strerror(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      String reason = fse.getReason();
      return reason.endsWith(JDK_ELOOP_SUFFIX)
          ? reason.substring(0, reason.length() - JDK_ELOOP_SUFFIX.length())
          : reason;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
