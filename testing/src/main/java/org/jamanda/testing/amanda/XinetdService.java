package org.jamanda.testing.amanda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One service of a {@link PrivateXinetd}: an unlisted port (no {@code /etc/services} entry needed)
 * on a loopback address, and the program xinetd starts for it.
 *
 * <p>Immutable. A UDP service is {@code wait = yes} (the server gets the bound socket and serves
 * until it exits), a TCP service {@code wait = no} (one server per connection), as Amanda's inetd
 * entries are.
 *
 * @param id xinetd's service id, also its name: letters, digits, '-' and '_'
 * @param transport UDP or TCP
 * @param port the port to bind, not 2024
 * @param bindAddress an IPv4 loopback address, e.g. 127.0.0.1
 * @param user the account the server runs as
 * @param group its primary group
 * @param server the program's absolute path
 * @param serverArgs its arguments; xinetd splits on blanks, so none may contain one
 * @param environment {@code NAME=value} pairs added to the server's environment
 */
public record XinetdService(
    String id,
    Transport transport,
    int port,
    String bindAddress,
    String user,
    String group,
    Path server,
    List<String> serverArgs,
    List<String> environment) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern BLANK = Pattern.compile("\\s");

  public XinetdService {
    serverArgs = List.copyOf(serverArgs);
    environment = List.copyOf(environment);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("bad xinetd service id '" + id + "'");
    }
    if (port < 1 || port > 65535 || port == 2024) {
      throw new IllegalArgumentException("port " + port + " may not be used by a test");
    }
    if (!bindAddress.startsWith("127.")) {
      throw new IllegalArgumentException("not a loopback address: '" + bindAddress + "'");
    }
    if (!server.isAbsolute()) {
      throw new IllegalArgumentException("xinetd needs an absolute server path: " + server);
    }
    for (String word : concat(serverArgs, environment)) {
      if (word.isEmpty() || BLANK.matcher(word).find()) {
        throw new IllegalArgumentException("xinetd cannot pass '" + word + "': empty or blank");
      }
    }
  }

  /**
   * Debian's amandad for one auth, as the {@link DebianAmanda#USER} user on 127.0.0.1.
   *
   * @param auth {@code bsd} or {@code bsdudp} (UDP), or {@code bsdtcp} (TCP)
   * @param services the services amandad may run, e.g. {@code amdump}
   */
  public static XinetdService debianAmandad(String auth, int port, List<String> services) {
    List<String> args = new ArrayList<>();
    args.add("-auth=" + auth);
    args.addAll(services);
    return command("amandad-" + auth, transportOf(auth), port, DebianAmanda.AMANDAD, args);
  }

  /** Any program as {@link DebianAmanda#USER} on 127.0.0.1, e.g. a JVM running jamanda. */
  public static XinetdService command(
      String id, Transport transport, int port, Path server, List<String> serverArgs) {
    return new XinetdService(
        id,
        transport,
        port,
        "127.0.0.1",
        DebianAmanda.USER,
        DebianAmanda.GROUP,
        server,
        serverArgs,
        List.of());
  }

  /** The transport each of Amanda's auths listens on. */
  public static Transport transportOf(String auth) {
    return switch (auth.toLowerCase(Locale.ROOT)) {
      case "bsd", "bsdudp" -> Transport.UDP;
      case "bsdtcp" -> Transport.TCP;
      default -> throw new IllegalArgumentException("no inetd entry for auth '" + auth + "'");
    };
  }

  /** This service with {@code NAME=value} pairs added to its environment. */
  public XinetdService withEnvironment(List<String> pairs) {
    return new XinetdService(
        id,
        transport,
        port,
        bindAddress,
        user,
        group,
        server,
        serverArgs,
        concat(environment, pairs));
  }

  /** The service's block in xinetd's configuration syntax. */
  public String format() {
    StringBuilder text = new StringBuilder();
    text.append("service ").append(id).append("\n{\n");
    attribute(text, "type", "UNLISTED");
    attribute(text, "id", id);
    attribute(text, "disable", "no");
    attribute(text, "flags", "IPv4");
    attribute(text, "bind", bindAddress);
    attribute(text, "only_from", "127.0.0.0/8");
    attribute(text, "port", Integer.toString(port));
    attribute(text, "socket_type", transport.socketType());
    attribute(text, "protocol", transport.protocol());
    attribute(text, "wait", transport == Transport.UDP ? "yes" : "no");
    attribute(text, "user", user);
    attribute(text, "group", group);
    attribute(text, "groups", "yes");
    attribute(text, "server", server.toString());
    if (!serverArgs.isEmpty()) {
      attribute(text, "server_args", String.join(" ", serverArgs));
    }
    if (!environment.isEmpty()) {
      attribute(text, "env", String.join(" ", environment));
    }
    return text.append("}\n").toString();
  }

  private static void attribute(StringBuilder text, String name, String value) {
    text.append(String.format(Locale.ROOT, "        %-12s = %s\n", name, value));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
