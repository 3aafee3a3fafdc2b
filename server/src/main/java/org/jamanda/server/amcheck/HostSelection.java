package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jamanda.config.Dle;

/**
 * The {@code [HOST [DISK...]]...} arguments of amcheck: a word that names a host selects that host;
 * the words after it that name its disks narrow the choice to them ({@code match_disklist} in
 * diskfile.c). No arguments select every DLE. Host names compare without regard to case.
 *
 * <p>LIMITATION: Amanda's host and disk expressions (globs, {@code ^}/{@code $} anchors, domain
 * matching) are not supported; an argument with any of {@code * ? [ ] ^ $ \} is refused with an
 * error, and exact names work. Lifting it needs Amanda's {@code match_host}/{@code match_disk}.
 */
final class HostSelection {
  /**
   * The chosen DLEs, in disklist order, and the messages about arguments that chose nothing.
   *
   * @param dles the chosen DLEs
   * @param messages what to print about the arguments; the errors among them are problems
   */
  record Chosen(List<Dle> dles, List<CheckMessage> messages) {
    Chosen {
      dles = List.copyOf(dles);
      messages = List.copyOf(messages);
    }
  }

  private static final String PATTERN_CHARACTERS = "*?[]^$\\";

  private HostSelection() {}

  static Chosen choose(List<Dle> all, List<String> args) {
    if (args.isEmpty()) {
      return new Chosen(all, List.of());
    }
    List<CheckMessage> messages = new ArrayList<>();
    Set<Dle> chosen = new LinkedHashSet<>();
    String host = null;
    List<Dle> hostDisks = new ArrayList<>();
    for (String arg : args) {
      if (isExpression(arg)) {
        messages.add(expressionRefused(arg));
        continue;
      }
      List<Dle> disks = host == null ? List.of() : disksOf(all, host, arg);
      if (!disks.isEmpty()) {
        hostDisks.addAll(disks);
        continue;
      }
      if (isHost(all, arg)) {
        chosen.addAll(hostDisks.isEmpty() && host != null ? allOf(all, host) : hostDisks);
        host = arg;
        hostDisks = new ArrayList<>();
        continue;
      }
      messages.add(CheckMessage.plain("Argument '" + arg + "' matches neither a host nor a disk."));
    }
    if (host != null) {
      chosen.addAll(hostDisks.isEmpty() ? allOf(all, host) : hostDisks);
    }
    List<Dle> inOrder = all.stream().filter(chosen::contains).toList();
    return new Chosen(inOrder, messages);
  }

  private static boolean isExpression(String arg) {
    return arg.chars().anyMatch(c -> PATTERN_CHARACTERS.indexOf(c) >= 0);
  }

  private static CheckMessage expressionRefused(String arg) {
    return CheckMessage.of(
        Severity.ERROR,
        "Argument '"
            + arg
            + "' is a host or disk expression; jamanda's amcheck matches exact names only");
  }

  private static boolean isHost(List<Dle> all, String name) {
    return all.stream().anyMatch(d -> sameHost(d.host(), name));
  }

  private static List<Dle> allOf(List<Dle> all, String host) {
    return all.stream().filter(d -> sameHost(d.host(), host)).toList();
  }

  private static List<Dle> disksOf(List<Dle> all, String host, String disk) {
    return all.stream()
        .filter(d -> sameHost(d.host(), host))
        .filter(d -> d.diskName().equals(disk) || d.diskDevice().filter(disk::equals).isPresent())
        .toList();
  }

  private static boolean sameHost(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
