package org.jamanda.daemon.service;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real and effective user ids this JVM runs with, shown in Amanda's access messages as {@code
 * (ruid:34 euid:34)}. Read from {@code /proc/self/status} on Linux; elsewhere both are the real
 * uid, as a JVM is never set-uid. Immutable.
 *
 * @param ruid the real user id
 * @param euid the effective user id
 */
record ProcessIds(long ruid, long euid) {
  /** The ids of this process. */
  static ProcessIds current() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("Uid:")) {
          String[] ids = line.substring(4).trim().split("\\s+", -1);
          return new ProcessIds(Long.parseLong(ids[0]), Long.parseLong(ids[1]));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or an unexpected format: fall back to the JDK's view below
    }
    long uid = new UnixSystem().getUid();
    return new ProcessIds(uid, uid);
  }
}
