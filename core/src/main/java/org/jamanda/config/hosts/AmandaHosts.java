package org.jamanda.config.hosts;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code .amandahosts} file: the hosts and users amandad trusts, and the services each may
 * run. Amanda reads the file afresh for every request, so callers should too.
 *
 * <p>Immutable and thread-safe. Each line reads {@code host [user [service ...]]}:
 *
 * <pre>
 * # backup server: the four amdump services
 * backup.example.com   backup   amdump
 * # an amrecover client, on the server
 * client1.example.com  root     amindexd,amidxtaped
 * </pre>
 *
 * <p>Amanda has no comment syntax and no quoting. A line whose first word starts with {@code #}
 * acts as a comment because no host is called that; a {@code #} later on the line is an ordinary
 * word. Services may be separated by spaces, tabs or commas; host and user only by spaces or tabs.
 */
public final class AmandaHosts {
  /** The file's name in amandad's user's home directory. */
  public static final String FILE_NAME = ".amandahosts";

  /**
   * The largest file jamanda reads, in bytes. Amanda has no limit; 4 MiB holds tens of thousands of
   * lines, and a bigger file fails loudly rather than filling memory.
   */
  public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  private final String source;
  private final List<AmandaHostsEntry> entries;
  private final List<String> warnings;

  private AmandaHosts(String source, List<AmandaHostsEntry> entries, List<String> warnings) {
    this.source = source;
    this.entries = List.copyOf(entries);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Parses {@code text}. No line is an error, as in Amanda; lines that cannot work as written (CRLF
   * ends, {@code #} after the host, unknown services) are logged at WARN as {@code
   * source:line:column}.
   *
   * @param source the file name used in log lines
   * @param localUserName the user a line without one stands for
   */
  public static AmandaHosts parse(String source, String text, String localUserName) {
    AmandaHostsParser parser = new AmandaHostsParser(source, localUserName).parse(text);
    return new AmandaHosts(source, parser.entries(), parser.warnings());
  }

  /**
   * Opens {@code file}, following symlinks, checks that {@code localUser} owns it and that group
   * and others have no access, then parses it.
   *
   * @throws AmandaHostsException with Amanda's text when the file is missing, unreadable, owned by
   *     another uid, open to group or others, or over {@link #MAX_FILE_BYTES}
   */
  public static AmandaHosts read(Path file, LocalUser localUser) throws AmandaHostsException {
    String text = AmandaHostsFile.read(file, localUser);
    return parse(file.toString(), text, localUser.name());
  }

  /** Where the entries came from. */
  public String source() {
    return source;
  }

  /** The lines that name a host, in file order. */
  public List<AmandaHostsEntry> entries() {
    return entries;
  }

  /**
   * Lines that parse but cannot work as they seem to, each as {@code source:line:column: problem};
   * for tools such as amcheck. Amanda accepts them silently.
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The first line that lets {@code remoteUser} on the peer run {@code service}, if any.
   *
   * @param peerHostName the peer's name as resolved (and forward-confirmed) by the caller
   * @param peerAddress the peer's address, for the localhost rule
   */
  public Optional<AmandaHostsEntry> findAllowing(
      String peerHostName, InetAddress peerAddress, String remoteUser, String service) {
    return entries.stream()
        .filter(entry -> entry.allows(peerHostName, peerAddress, remoteUser, service))
        .findFirst();
  }

  @Override
  public String toString() {
    return "AmandaHosts[" + source + ", " + entries.size() + " entries]";
  }
}
