package org.jamanda.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services file ({@code /etc/services}): which port numbers are assigned to which named
 * service, per protocol.
 *
 * <p>Amanda never binds a port that this file assigns to another service, one whose name does not
 * contain "amanda" ({@code bind_portrange} in amutil.c). The file is read once, when an instance is
 * made; an absent file is logged once and means "no port is named". Immutable and thread-safe.
 *
 * <pre>
 * amanda          10080/tcp       # amanda backup services
 * </pre>
 */
public final class ServicesFile {
  /** The system's services file. */
  public static final Path SYSTEM = Path.of("/etc/services");

  private static final Logger log = LoggerFactory.getLogger(ServicesFile.class);

  private final Path path;
  private final Map<String, String> names;
  private final Map<String, Integer> ports;

  private ServicesFile(Path path, Map<String, String> names) {
    this.path = path;
    this.names = Map.copyOf(names);
    Map<String, Integer> byName = new HashMap<>();
    names.forEach((key, name) -> byName.putIfAbsent(name + "/" + protocolOf(key), portOf(key)));
    this.ports = Map.copyOf(byName);
  }

  /** A services file that names no port. */
  public static ServicesFile empty() {
    return new ServicesFile(Path.of("(none)"), Map.of());
  }

  /**
   * Reads {@code path}. An absent file is logged at INFO and gives an empty table; a file that
   * exists but cannot be read is an error.
   */
  public static ServicesFile read(Path path) throws IOException {
    Map<String, String> names = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = in.readLine()) != null) {
        parseLine(line, names);
      }
    } catch (NoSuchFileException e) {
      log.info("services file absent, no port is skipped for another service path={}", path);
      return new ServicesFile(path, Map.of());
    }
    return new ServicesFile(path, names);
  }

  /** Where the table was read from. */
  public Path path() {
    return path;
  }

  /** The name the file gives to {@code port} for {@code protocol} ("tcp" or "udp"), if any. */
  public Optional<String> nameOf(int port, String protocol) {
    return Optional.ofNullable(names.get(key(port, protocol)));
  }

  /** The port the file gives the service {@code name} for {@code protocol}, if any. */
  public Optional<Integer> portOf(String name, String protocol) {
    return Optional.ofNullable(ports.get(name + "/" + protocol.toLowerCase(Locale.ROOT)));
  }

  /**
   * True when the file assigns {@code port} to a service other than Amanda's: a name without
   * "amanda" in it. Such ports are never bound.
   */
  public boolean isOwnedByOtherService(int port, String protocol) {
    return nameOf(port, protocol)
        .map(name -> !name.toLowerCase(Locale.ROOT).contains("amanda"))
        .orElse(false);
  }

  /** Counts the ports of {@code range} that belong to another service. */
  public int countOwnedByOthers(PortRange range, String protocol) {
    int count = 0;
    for (int port = range.low(); port <= range.high(); port++) {
      if (isOwnedByOtherService(port, protocol)) {
        count++;
      }
    }
    return count;
  }

  // "name port/proto [aliases...] [# comment]"; the first name on a line wins for its port,
  // as getservbyport returns the first entry.
  private static void parseLine(String line, Map<String, String> names) {
    int hash = line.indexOf('#');
    String text = hash >= 0 ? line.substring(0, hash) : line;
    String[] fields = text.trim().split("\\s+", -1);
    if (fields.length < 2) {
      return;
    }
    int slash = fields[1].indexOf('/');
    if (slash <= 0) {
      return;
    }
    try {
      int port = Integer.parseInt(fields[1].substring(0, slash));
      String protocol = fields[1].substring(slash + 1).toLowerCase(Locale.ROOT);
      names.putIfAbsent(key(port, protocol), fields[0]);
    } catch (NumberFormatException e) {
      // A line whose port is not a number names nothing; getservent skips it the same way.
    }
  }

  private static int portOf(String key) {
    return Integer.parseInt(key.substring(0, key.indexOf('/')));
  }

  private static String protocolOf(String key) {
    return key.substring(key.indexOf('/') + 1);
  }

  private static String key(int port, String protocol) {
    return port + "/" + protocol.toLowerCase(Locale.ROOT);
  }
}
