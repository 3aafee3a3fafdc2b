package org.jamanda.testing.amanda;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;

/**
 * File chores of the fixtures: make a temporary directory Amanda's user can write, give a file to
 * that user, delete a tree a test made.
 *
 * <p>Stateless and thread-safe. Needs root to change owners.
 */
public final class TempFiles {
  private TempFiles() {}

  /**
   * Creates a directory under the system's temporary directory, owned by {@link DebianAmanda#USER}
   * with mode 0750, for a daemon running as that user to write its logs in.
   */
  public static Path createAmandaDirectory(String prefix) throws IOException {
    Path directory = Files.createTempDirectory(prefix);
    own(directory, DebianAmanda.USER, DebianAmanda.GROUP, "rwxr-x---");
    return directory;
  }

  /**
   * Makes {@code path} owned by {@code user}:{@code group}, with a mode such as {@code rwxr-x---}.
   */
  public static void own(Path path, String user, String group, String mode) throws IOException {
    UserPrincipalLookupService names = path.getFileSystem().getUserPrincipalLookupService();
    PosixFileAttributeView view =
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    GroupPrincipal groupPrincipal = names.lookupPrincipalByGroupName(group);
    view.setOwner(names.lookupPrincipalByName(user));
    view.setGroup(groupPrincipal);
    view.setPermissions(PosixFilePermissions.fromString(mode));
  }

  /** Deletes {@code root} and everything below it, never following a symlink; absent is fine. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            deleteIfPresent(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path directory, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            deleteIfPresent(directory);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteIfPresent(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (NoSuchFileException e) {
      // A process we stopped removed it first; gone is what we wanted.
    }
  }
}
