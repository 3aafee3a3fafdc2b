package org.jamanda.config.hosts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * One line of {@code .amandahosts}, {@code host [user [service ...]]}, and Amanda's rules for
 * matching it against a request ({@code check_user_amandahosts} in security-util.c).
 *
 * <p>Immutable and thread-safe. {@code user} is already the local user when the line names none;
 * {@code services} is empty when the line names none, which allows the {@code amdump} four.
 *
 * <pre>
 * backup.example.com   backup   amdump
 * localhost            root     amindexd amidxtaped
 * </pre>
 */
public record AmandaHostsEntry(int line, String host, String user, List<String> services) {
  private static final byte[] IPV4_LOOPBACK = {127, 0, 0, 1};
  private static final byte[] IPV6_LOOPBACK = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

  public AmandaHostsEntry {
    if (line < 1) {
      throw new IllegalArgumentException("line number " + line + " is below 1");
    }
    services = List.copyOf(services);
  }

  /** True when this line applies to the request in every part. */
  public boolean allows(
      String peerHostName, InetAddress peerAddress, String remoteUser, String service) {
    return matchesHost(peerHostName, peerAddress) && matchesUser(remoteUser) && permits(service);
  }

  /**
   * True when the line's host is the peer's resolved name, ignoring ASCII case. A line for {@code
   * localhost} or {@code localhost.localdomain} also matches a peer at exactly 127.0.0.1 or ::1,
   * whatever its name. A line whose host is an address matches only a peer whose resolved name is
   * that same text: Amanda compares strings, never addresses.
   */
  public boolean matchesHost(String peerHostName, InetAddress peerAddress) {
    if (AsciiCase.equalsIgnoreCase(host, peerHostName)) {
      return true;
    }
    boolean localhostLine =
        AsciiCase.equalsIgnoreCase(host, "localhost")
            || AsciiCase.equalsIgnoreCase(host, "localhost.localdomain");
    return localhostLine && isLoopbackAsAmandaSeesIt(peerAddress);
  }

  /** True when the line's user is the remote user, ignoring ASCII case (Amanda's strcasecmp). */
  public boolean matchesUser(String remoteUser) {
    return AsciiCase.equalsIgnoreCase(user, remoteUser);
  }

  /**
   * True when the line lets its host and user run {@code service}. Service names are compared
   * exactly; {@code amdump}, or no service at all, stands for noop, selfcheck, sendsize and
   * sendbackup.
   */
  public boolean permits(String service) {
    if (services.isEmpty()) {
      return ServiceNames.isAmdumpMember(service);
    }
    for (String listed : services) {
      if (listed.equals(service)) {
        return true;
      }
      if (listed.equals(ServiceNames.AMDUMP) && ServiceNames.isAmdumpMember(service)) {
        return true;
      }
    }
    return false;
  }

  // Amanda formats the peer with inet_ntop and compares the text with "127.0.0.1" and "::1", so
  // 127.0.0.2 does not count. Java presents an IPv4-mapped peer as Inet4Address, where Amanda
  // would see "::ffff:127.0.0.1" and refuse; a JVM socket cannot tell the two apart.
  private static boolean isLoopbackAsAmandaSeesIt(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return Arrays.equals(bytes, IPV4_LOOPBACK);
    }
    return address instanceof Inet6Address && Arrays.equals(bytes, IPV6_LOOPBACK);
  }
}
