package org.jamanda.protocol.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A script the server attached to a DLE, to run around amcheck, estimates or backups. Immutable.
 *
 * <pre>
 * &lt;script&gt;
 *   &lt;plugin&gt;amlog-script&lt;/plugin&gt;
 *   &lt;execute_on&gt;PRE-DLE-AMCHECK,POST-DLE-AMCHECK&lt;/execute_on&gt;
 *   &lt;execute_where&gt;CLIENT&lt;/execute_where&gt;
 * &lt;/script&gt;
 * </pre>
 *
 * @param plugin the script program's name
 * @param executeOn the events, as written ({@code PRE-DLE-AMCHECK}, ...)
 * @param executeWhere {@code CLIENT} or {@code SERVER}
 * @param properties the script's properties
 * @param clientName the {@code client_name} the server configured, if any
 */
public record DleScript(
    String plugin,
    List<String> executeOn,
    String executeWhere,
    List<DleProperty> properties,
    Optional<String> clientName) {
  public DleScript {
    Objects.requireNonNull(plugin, "plugin");
    executeOn = List.copyOf(executeOn);
    Objects.requireNonNull(executeWhere, "executeWhere");
    properties = List.copyOf(properties);
    Objects.requireNonNull(clientName, "clientName");
  }
}
