package org.jamanda.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jamanda.common.InputExcerpt;
import org.jamanda.config.parse.ConfigException;

/**
 * The rules a new DLE must follow given the ones before it: those of Amanda's {@code
 * parse_diskline} (host spelling, duplicates, names that clash once made into file names, program
 * and application, plugins) and amcheck's rule that one host uses one auth.
 *
 * <p>Mutable; not thread-safe.
 */
final class DleChecks {
  private final BiFunction<SectionKind, String, Optional<Section>> lookup;
  private final Map<String, Dle> firstOfHost = new HashMap<>();
  private final Map<String, String> hostByFileName = new HashMap<>();
  private final Map<String, String> hostByBareName = new HashMap<>();
  private final Map<String, Dle> byDisk = new HashMap<>();
  private final Map<String, Dle> byDiskFileName = new HashMap<>();

  DleChecks(BiFunction<SectionKind, String, Optional<Section>> lookup) {
    this.lookup = lookup;
  }

  /** Checks {@code dle} against the DLEs added before, then adds it. */
  void add(Dle dle) throws ConfigException {
    String host = dle.host();
    checkNoGlob(dle);
    Dle first = firstOfHost.get(host.toLowerCase(Locale.ROOT));
    if (first != null && !first.host().equals(host)) {
      throw error(dle, "same host with different case: " + q(first.host()) + " and " + q(host));
    }
    clash(dle, hostByFileName, sanitize(host), "hosts ", " map to the same file name");
    clash(dle, hostByBareName, bareHost(host), "duplicate host name: ", "");
    checkDisk(dle);
    checkDumptype(dle);
    // amcheck compares auth names with strcmp, but Amanda looks security drivers up without
    // regard to case (security_getdriver), so "bsdtcp" and the default "BSDTCP" are one auth.
    if (first != null && !first.auth().equalsIgnoreCase(dle.auth())) {
      throw error(
          dle,
          String.format(
              "Multiple DLE's for host %s use different auth methods: %s here, %s at %s",
              q(host), q(dle.auth()), q(first.auth()), first.location()));
    }
    firstOfHost.putIfAbsent(host.toLowerCase(Locale.ROOT), dle);
  }

  private static void checkNoGlob(Dle dle) throws ConfigException {
    // LIMITATION: Amanda compares host names as glob patterns (match_host in match.c) when it
    // looks for two spellings of one host; jamanda compares them literally, ignoring case and one
    // leading or trailing dot. Rather than guess what a pattern would match, it refuses host
    // names holding glob characters, which no resolvable host has. Lifting this means porting
    // match_word and amglob_to_regex from common-src/match.c.
    if (dle.host().chars().anyMatch(c -> "*?[]\\".indexOf(c) >= 0)) {
      throw error(
          dle,
          "host name "
              + q(dle.host())
              + " holds a glob character (* ? [ ] \\),"
              + " which jamanda does not accept");
    }
  }

  private void clash(Dle dle, Map<String, String> seen, String key, String what, String why)
      throws ConfigException {
    String other = seen.putIfAbsent(key, dle.host());
    if (other != null && !other.equalsIgnoreCase(dle.host())) {
      throw error(dle, what + q(other) + " and " + q(dle.host()) + why);
    }
  }

  private void checkDisk(Dle dle) throws ConfigException {
    String host = dle.host().toLowerCase(Locale.ROOT);
    Dle previous = byDisk.putIfAbsent(host + '\0' + dle.diskName(), dle);
    if (previous != null) {
      throw error(
          dle,
          "duplicate disk record for host "
              + q(dle.host())
              + " disk "
              + q(dle.diskName())
              + ", previous at "
              + previous.location());
    }
    Dle clash = byDiskFileName.putIfAbsent(host + '\0' + sanitize(dle.diskName()), dle);
    if (clash != null) {
      throw error(
          dle,
          "disks "
              + q(clash.diskName())
              + " and "
              + q(dle.diskName())
              + " of host "
              + q(dle.host())
              + " map to the same file name; use different disk names");
    }
  }

  private void checkDumptype(Dle dle) throws ConfigException {
    Section dumptype = dle.dumptype();
    String program = dumptype.value(DumptypeParameters.PROGRAM);
    String application = dumptype.value(DumptypeParameters.APPLICATION);
    String what = "dumptype " + q(dumptype.name());
    if (!application.isEmpty() && !program.equals("APPLICATION")) {
      throw error(dle, what + " sets both program " + q(program) + " and an application");
    }
    if (application.isEmpty() && program.equals("APPLICATION")) {
      throw error(dle, what + " sets program \"APPLICATION\" but no application");
    }
    if (!application.isEmpty()) {
      checkPlugin(dle, SectionKind.APPLICATION, application);
    }
    for (String script : dumptype.value(DumptypeParameters.SCRIPT)) {
      checkPlugin(dle, SectionKind.SCRIPT, script);
    }
  }

  private void checkPlugin(Dle dle, SectionKind kind, String name) throws ConfigException {
    Section section = lookup.apply(kind, name).orElseThrow();
    Parameter<String> plugin =
        kind == SectionKind.APPLICATION ? ApplicationParameters.PLUGIN : ScriptParameters.PLUGIN;
    if (section.value(plugin).isEmpty()) {
      throw error(dle, kind.keyword() + " " + q(name) + " has no plugin");
    }
  }

  /** {@code sanitise_filename}: the name as part of a file name. */
  private static String sanitize(String name) {
    return name.replace('/', '_').replace(':', '_').replace('\\', '_');
  }

  /** A host name without a leading or trailing dot: Amanda's host matching ignores those. */
  private static String bareHost(String host) {
    String bare = host.toLowerCase(Locale.ROOT);
    bare = bare.startsWith(".") ? bare.substring(1) : bare;
    return bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
  }

  private static String q(String text) {
    return InputExcerpt.of(text);
  }

  private static ConfigException error(Dle dle, String message) {
    return new ConfigException(dle.location(), message);
  }
}
