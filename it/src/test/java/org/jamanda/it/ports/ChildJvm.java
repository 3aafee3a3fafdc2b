package org.jamanda.it.ports;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that run a main class of these test sources in a JVM of its own. */
final class ChildJvm {
  private ChildJvm() {}

  /** {@code java -cp <test classes> <main> <args>}, with the running JVM's java binary. */
  static String[] command(Class<?> main, String... args) {
    return command(classesOf(main), main, args);
  }

  /** The same with this JVM's whole class path, for a main that needs the project's classes. */
  static String[] commandWithClassPath(Class<?> main, String... args) {
    return command(System.getProperty("java.class.path"), main, args);
  }

  private static String[] command(String classPath, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classPath);
    command.add(main.getName());
    command.addAll(List.of(args));
    return command.toArray(String[]::new);
  }

  private static String classesOf(Class<?> main) {
    try {
      return Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test classes have no file location: " + main, e);
    }
  }
}
