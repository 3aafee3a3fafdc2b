package org.jamanda.it.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.testing.netns.NamespaceProcess;
import org.jamanda.testing.netns.NetnsTestBed;
import org.jamanda.testing.netns.NetworkNamespace;

/**
 * Many clients on the loopback addresses 127.0.0.2, .3, ... of a test namespace: one jamanda
 * amandad (auth bsd, port 10080) serving them all, and a tape-server configuration whose disklist
 * names each of them once.
 */
final class LoopbackClients {
  private final int count;
  private final Path work;

  /** {@code count} clients, with their files in {@code work} (made readable by every user). */
  LoopbackClients(int count, Path work) {
    this.count = count;
    this.work = work;
  }

  /** The address of client {@code i}, counting from 0. */
  static String client(int i) {
    return "127.0.0." + (i + 2);
  }

  /**
   * Writes the configuration {@code name} (inparallel {@code inparallel}, one GNUTAR DLE per
   * client) and a {@code .amandahosts} that lets root in.
   */
  void writeConfig(String name, int inparallel) throws IOException {
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path hosts = work.resolve("amandahosts");
    Files.writeString(hosts, "localhost root amdump\n");
    Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-------"));
    Path data = Files.createDirectories(work.resolve("data"));
    Path config = Files.createDirectories(work.resolve(name));
    Files.writeString(
        config.resolve("amanda.conf"),
        "inparallel "
            + inparallel
            + "\ndefine dumptype clients {\n  program \"GNUTAR\"\n  auth \"bsd\"\n}\n");
    StringBuilder disklist = new StringBuilder();
    for (int i = 0; i < count; i++) {
      disklist.append(client(i)).append(' ').append(data).append(" clients\n");
    }
    Files.writeString(config.resolve("disklist"), disklist.toString());
  }

  /** Starts one amandad for every client address in {@code ns} and waits until all listen. */
  void startAmandad(NetnsTestBed bed, NetworkNamespace ns, JamandaJar jar) throws IOException {
    List<String> command = new ArrayList<>(List.of("env", "JAMANDA_LOG_LEVEL=INFO"));
    command.addAll(jar.commandLine("amandad", "-auth=bsd", "-udp=10080"));
    for (int i = 0; i < count; i++) {
      command.add("--address=" + client(i));
    }
    command.addAll(List.of("--amandahosts=" + work.resolve("amandahosts"), "amdump"));
    NamespaceProcess daemon = bed.start(ns, command.toArray(String[]::new));
    for (int i = 0; i < count; i++) {
      daemon.awaitLine(l -> l.contains("amandad listening"), Duration.ofSeconds(60));
    }
  }
}
