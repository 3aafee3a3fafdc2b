package org.jamanda.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks that a test's outside requirements (root, a command on the PATH) are met.
 *
 * <p>A developer without them gets a skipped test that says what is missing. Under {@code CI=true}
 * a missing prerequisite fails the test instead, so CI can never pass by skipping.
 */
public final class Prerequisites {
  private Prerequisites() {}

  /** True when the build runs under CI, where nothing may be skipped. */
  public static boolean isCi() {
    String ci = System.getenv("CI");
    return ci != null && ci.toLowerCase(Locale.ROOT).equals("true");
  }

  /** True when this JVM runs with user id 0. */
  public static boolean isRoot() {
    return "root".equals(System.getProperty("user.name")) || uidIsZero();
  }

  /** Skips (or, under CI, fails) the calling test unless this JVM runs as root. */
  public static void requireRoot() {
    require(isRoot(), "this test needs root (privileged ports, network namespaces)");
  }

  /** Skips (or, under CI, fails) the calling test unless {@code command} is on the PATH. */
  public static void requireCommand(String command) {
    require(findOnPath(command) != null, "this test needs the command '" + command + "'");
  }

  /** Skips (or, under CI, fails) the calling test unless {@code condition} holds. */
  public static void require(boolean condition, String what) {
    if (condition) {
      return;
    }
    if (isCi()) {
      fail("missing prerequisite under CI=true: " + what);
    }
    Assumptions.abort("skipped, " + what);
  }

  /** Returns the executable found on the PATH, or null. */
  public static Path findOnPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
    for (String dir : (path + ":/usr/sbin:/sbin").split(":", -1)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean uidIsZero() {
    try {
      Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String out =
          new String(
              id.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
      return id.waitFor(5, TimeUnit.SECONDS) && out.trim().equals("0");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
