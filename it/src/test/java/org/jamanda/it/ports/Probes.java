package org.jamanda.it.ports;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jamanda.testing.netns.CommandFailedException;
import org.jamanda.testing.netns.CommandResult;
import org.jamanda.testing.netns.NamespaceProcess;
import org.jamanda.testing.netns.NetnsTestBed;
import org.jamanda.testing.netns.NetworkNamespace;

/** Runs {@link PortListener} and {@link PortProbe} inside a bed's namespaces. */
final class Probes {
  /** How long a probe waits before it calls a port blocked. */
  static final int BLOCKED_AFTER_MILLIS = 700;

  /** Upper bound of a whole probe run, JVM start included. */
  private static final Duration PROBE_RUN_LIMIT = Duration.ofSeconds(30);

  /** Upper bound of a listener JVM's start. */
  private static final Duration LISTENER_START_LIMIT = Duration.ofSeconds(20);

  private Probes() {}

  /** Starts a {@link PortListener} in {@code ns} and waits until it has bound every port. */
  static NamespaceProcess listen(NetnsTestBed bed, NetworkNamespace ns, String... listeners)
      throws IOException {
    NamespaceProcess listener = bed.start(ns, ChildJvm.command(PortListener.class, listeners));
    listener.awaitLine("ready", LISTENER_START_LIMIT);
    return listener;
  }

  /**
   * Runs a {@link PortProbe} in {@code from} against {@code host} and returns its result lines,
   * e.g. "tcp 50000 open".
   */
  static List<String> probe(
      NetnsTestBed bed, NetworkNamespace from, InetAddress host, String... probes)
      throws IOException {
    String[] args = new String[probes.length + 2];
    args[0] = host.getHostAddress();
    args[1] = Integer.toString(BLOCKED_AFTER_MILLIS);
    System.arraycopy(probes, 0, args, 2, probes.length);
    CommandResult result = bed.exec(from, PROBE_RUN_LIMIT, ChildJvm.command(PortProbe.class, args));
    List<String> lines = result.stdout().lines().collect(Collectors.toList());
    if (!result.isSuccess() || lines.isEmpty() || !lines.get(lines.size() - 1).equals("done")) {
      throw new CommandFailedException("probe did not finish: " + result.describe());
    }
    return lines.subList(0, lines.size() - 1);
  }
}
