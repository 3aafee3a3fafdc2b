package org.jamanda.config.hosts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The account amandad runs as (Amanda's {@code CLIENT_LOGIN}): the default user of a {@code
 * .amandahosts} line and the only owner the file may have.
 *
 * <p>Immutable and thread-safe. {@code uid} is the numeric user id, as {@code st_uid} holds it.
 */
public record LocalUser(String name, long uid) {
  // Linux gives /proc/self to the process's effective uid, which is the id Amanda compares.
  private static final Path PROC_SELF = Path.of("/proc/self");

  public LocalUser {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("local user name is empty");
    }
    if (uid < 0) {
      throw new IllegalArgumentException("negative uid " + uid + " for user " + name);
    }
  }

  /**
   * The user this JVM runs as: the name from {@code user.name}, the id from the owner of {@code
   * /proc/self}. Linux only, like the rest of jamanda.
   *
   * @throws IOException when {@code /proc/self} cannot be read, or the platform has no unix file
   *     attributes
   */
  public static LocalUser current() throws IOException {
    try {
      Object uid = Files.getAttribute(PROC_SELF, "unix:uid");
      return new LocalUser(System.getProperty("user.name"), ((Number) uid).longValue());
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      throw new IOException("cannot find this process's uid from " + PROC_SELF, e);
    }
  }
}
