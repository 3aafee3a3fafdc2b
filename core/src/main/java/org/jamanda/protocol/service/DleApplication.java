package org.jamanda.protocol.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The backup program of an {@code APPLICATION} DLE: the plugin and its properties. Immutable.
 *
 * <pre>
 * &lt;backup-program&gt;
 *   &lt;plugin&gt;amgtar&lt;/plugin&gt;
 *   &lt;property&gt;&lt;name&gt;atime-preserve&lt;/name&gt;&lt;value&gt;NO&lt;/value&gt;&lt;/property&gt;
 * &lt;/backup-program&gt;
 * </pre>
 *
 * @param plugin the application's program name, e.g. {@code amgtar}
 * @param properties its properties in the order sent
 * @param clientName the {@code client_name} the server configured, if any
 */
public record DleApplication(
    String plugin, List<DleProperty> properties, Optional<String> clientName) {
  public DleApplication {
    Objects.requireNonNull(plugin, "plugin");
    properties = List.copyOf(properties);
    Objects.requireNonNull(clientName, "clientName");
  }

  /** The property called {@code name} (case ignored), if sent; the last one wins, as in Amanda. */
  public Optional<DleProperty> property(String name) {
    DleProperty found = null;
    for (DleProperty p : properties) {
      if (p.isNamed(name)) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }
}
