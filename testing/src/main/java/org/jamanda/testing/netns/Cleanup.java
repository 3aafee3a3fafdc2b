package org.jamanda.testing.netns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a {@link NetnsTestBed} made, in the safe order: processes, then namespaces (which
 * takes their links, addresses, rules and conntrack state along), then files. Tries every step even
 * when one fails, and reports all failures together. Not thread-safe: the bed runs it once.
 */
final class Cleanup {
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(Cleanup.class);

  private final List<NamespaceProcess> processes;
  private final List<NetworkNamespace> namespaces;
  private final List<Path> files;
  private final List<Exception> failures = new ArrayList<>();

  Cleanup(List<NamespaceProcess> processes, List<NetworkNamespace> namespaces, List<Path> files) {
    this.processes = processes;
    this.namespaces = namespaces;
    this.files = files;
  }

  void run() throws IOException {
    for (int i = processes.size() - 1; i >= 0; i--) {
      stop(processes.get(i));
    }
    for (int i = namespaces.size() - 1; i >= 0; i--) {
      killLeftovers(namespaces.get(i));
      delete(namespaces.get(i));
    }
    for (Path file : files) {
      deleteFile(file);
    }
    report();
  }

  private void stop(NamespaceProcess process) {
    try {
      process.close();
    } catch (IOException e) {
      failures.add(e);
    }
  }

  // Anything still inside one of our namespaces was started there by the test (a child of a
  // stopped process, or a command that forked): it goes with the namespace.
  private void killLeftovers(NetworkNamespace ns) {
    try {
      CommandResult pids =
          BoundedCommand.run(List.of("ip", "netns", "pids", ns.name()), COMMAND_TIMEOUT);
      pids.stdout()
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .map(Long::parseLong)
          .forEach(pid -> ProcessHandle.of(pid).ifPresent(this::killAndWait));
    } catch (IOException | NumberFormatException e) {
      failures.add(e);
    }
  }

  private void killAndWait(ProcessHandle handle) {
    log.info("killing leftover process pid={}", handle.pid());
    handle.destroyForcibly();
    try {
      handle.onExit().get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      failures.add(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.add(e);
    }
  }

  private void delete(NetworkNamespace ns) {
    try {
      CommandResult result =
          BoundedCommand.run(List.of("ip", "netns", "del", ns.name()), COMMAND_TIMEOUT);
      if (!result.isSuccess()) {
        failures.add(new CommandFailedException(result.describe()));
        return;
      }
      log.info("namespace deleted ns={}", ns);
    } catch (IOException e) {
      failures.add(e);
    }
  }

  private void deleteFile(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      failures.add(e);
    }
  }

  private void report() throws IOException {
    if (failures.isEmpty()) {
      return;
    }
    IOException failed =
        new IOException("test bed cleanup left something behind: " + failures.size() + " failures");
    failures.forEach(failed::addSuppressed);
    throw failed;
  }
}
