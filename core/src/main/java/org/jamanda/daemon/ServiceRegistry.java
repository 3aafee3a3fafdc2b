package org.jamanda.daemon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services an amandad offers, and which of them its command line enabled.
 *
 * <p>As amandad.c: with no service arguments, {@code noop sendsize sendbackup selfcheck
 * senddiscover restore} are enabled; arguments enable exactly the services they name, and {@code
 * amdump} stands for {@code noop selfcheck sendsize sendbackup}. {@code amindexd}, {@code
 * amidxtaped}, {@code amdumpd} and {@code ambackupd} run only when named. Immutable.
 */
public final class ServiceRegistry {
  /** What amandad enables when its command line names no service. */
  public static final List<String> DEFAULT_ENABLED =
      List.of("noop", "sendsize", "sendbackup", "selfcheck", "senddiscover", "restore");

  /** What the argument {@code amdump} enables. */
  public static final List<String> AMDUMP = List.of("noop", "selfcheck", "sendsize", "sendbackup");

  /** Every service name amandad knows, enabled or not. */
  public static final List<String> KNOWN =
      List.of(
          "noop",
          "sendsize",
          "sendbackup",
          "selfcheck",
          "amindexd",
          "amidxtaped",
          "amdumpd",
          "senddiscover",
          "restore",
          "ambackupd");

  private final Map<String, Service> services;
  private final Set<String> enabled;

  private ServiceRegistry(Map<String, Service> services, Set<String> enabled) {
    this.services = Map.copyOf(services);
    this.enabled = Set.copyOf(enabled);
  }

  /**
   * The registry of {@code implemented} services with the ones {@code arguments} enable.
   *
   * @throws IllegalArgumentException naming an argument that is no service amandad knows
   */
  public static ServiceRegistry of(Collection<Service> implemented, List<String> arguments) {
    Map<String, Service> byName = new LinkedHashMap<>();
    implemented.forEach(s -> byName.put(s.name(), s));
    Set<String> enabled = new LinkedHashSet<>();
    List<String> names = arguments.isEmpty() ? DEFAULT_ENABLED : arguments;
    for (String name : names) {
      if (name.equals("amdump")) {
        enabled.addAll(AMDUMP);
      } else if (KNOWN.contains(name)) {
        enabled.add(name);
      } else {
        throw new IllegalArgumentException(
            "unknown service '" + name + "'; amandad knows " + KNOWN);
      }
    }
    return new ServiceRegistry(byName, enabled);
  }

  /** True when a request for {@code name} may run. */
  public boolean isEnabled(String name) {
    return enabled.contains(name);
  }

  /** The implementation of {@code name}, if jamanda has one. */
  public Optional<Service> service(String name) {
    return Optional.ofNullable(services.get(name));
  }

  /** The enabled services, in a stable order, for the startup log line. */
  public List<String> enabled() {
    List<String> list = new ArrayList<>(enabled);
    list.sort(null);
    return list;
  }
}
