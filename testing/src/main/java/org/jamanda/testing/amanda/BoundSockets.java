package org.jamanda.testing.amanda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the kernel's socket tables ({@code /proc/net/udp}, {@code tcp} and their IPv6 twins) to
 * tell whether a port is taken and which process holds it. Linux only; root sees every process.
 *
 * <p>Stateless and thread-safe. Ports are matched on any local address: the fixtures bind
 * 127.0.0.1, and ownership (the socket's inode among a process's file descriptors) rules out a
 * stranger holding the same port on another address.
 */
public final class BoundSockets {
  // How often a wait looks again: the tables are cheap to read and a daemon binds within ms.
  private static final Duration POLL_INTERVAL = Duration.ofMillis(25);

  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** One row of a table: local port, state and socket inode. */
  record Row(int port, String state, long inode) {}

  private BoundSockets() {}

  /** True when any socket of {@code transport} has {@code port} as its local port. */
  public static boolean isPortInUse(Transport transport, int port) throws IOException {
    return rows(transport).stream().anyMatch(row -> row.port() == port);
  }

  /**
   * True when {@code owner} or one of its descendants holds a listening socket (a bound UDP socket,
   * a TCP socket in LISTEN) on {@code port}.
   */
  public static boolean isListeningIn(Transport transport, int port, ProcessHandle owner)
      throws IOException {
    Set<Long> inodes = socketInodes(owner);
    return rows(transport).stream()
        .anyMatch(
            row ->
                row.port() == port
                    && row.state().equals(transport.listeningState())
                    && inodes.contains(row.inode()));
  }

  /**
   * Waits until {@code owner} (or a descendant) listens on {@code port}.
   *
   * @throws IOException when the owner exits first or the port is not bound within {@code timeout};
   *     the message ends with the owner's diagnostics
   */
  public static void awaitListening(
      Transport transport, int port, ProcessHandle owner, Duration timeout, DiagnosticSource why)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!isListeningIn(transport, port, owner)) {
      if (!owner.isAlive()) {
        throw new IOException(
            "pid "
                + owner.pid()
                + " exited before listening on "
                + describe(transport, port)
                + "\n"
                + why.diagnostics());
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IOException(
            "pid "
                + owner.pid()
                + " did not listen on "
                + describe(transport, port)
                + " within "
                + timeout.toMillis()
                + " ms\n"
                + why.diagnostics());
      }
      // Polling with a deadline: a daemon gives no signal when its socket is bound.
      TimeUnit.NANOSECONDS.sleep(POLL_INTERVAL.toNanos());
    }
  }

  static String describe(Transport transport, int port) {
    return transport.protocol() + " port " + port;
  }

  static List<Row> rows(Transport transport) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String table : transport.procTables()) {
      Path path = Path.of(table);
      if (Files.isReadable(path)) {
        for (String line : Files.readAllLines(path, StandardCharsets.US_ASCII)) {
          parseRow(line).ifPresent(rows::add);
        }
      }
    }
    return rows;
  }

  // "  880: 0100007F:7968 00000000:0000 07 00000000:00000000 00:00000000 00000000  0  0 141831 ..."
  //  sl    local addr:port  remote        st  queues            timer       retr     uid to inode
  private static Optional<Row> parseRow(String line) {
    String[] fields = BLANKS.split(line.trim(), -1);
    if (fields.length < 10 || !fields[0].endsWith(":")) {
      return Optional.empty(); // the header line
    }
    String local = fields[1];
    int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16);
    String state = fields[3].toUpperCase(Locale.ROOT);
    long inode = Long.parseLong(fields[9]);
    return Optional.of(new Row(port, state, inode));
  }

  // The inodes of the sockets among the file descriptors of owner and its descendants.
  private static Set<Long> socketInodes(ProcessHandle owner) throws IOException {
    Set<Long> inodes = new HashSet<>();
    List<ProcessHandle> tree =
        Stream.concat(Stream.of(owner), owner.descendants()).collect(Collectors.toList());
    for (ProcessHandle process : tree) {
      addSocketInodes(Path.of("/proc", Long.toString(process.pid()), "fd"), inodes);
    }
    return inodes;
  }

  private static void addSocketInodes(Path fdDirectory, Set<Long> inodes) throws IOException {
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDirectory)) {
      for (Path fd : fds) {
        String target = readLinkOrEmpty(fd);
        if (target.startsWith("socket:[") && target.endsWith("]")) {
          inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
        }
      }
    } catch (NoSuchFileException e) {
      // The process ended while we looked; it holds no sockets any more.
    } catch (AccessDeniedException e) {
      // Not ours to see (another user's process when not root, or a sandbox's init): a process we
      // started and wait for is always visible, so skipping this one cannot hide it.
    }
  }

  private static String readLinkOrEmpty(Path fd) throws IOException {
    try {
      return Files.readSymbolicLink(fd).toString();
    } catch (NoSuchFileException e) {
      return ""; // closed between listing and reading
    }
  }
}
