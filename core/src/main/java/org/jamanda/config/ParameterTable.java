package org.jamanda.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.parse.Token;

/**
 * The keywords one kind of section accepts: one {@code conf_var_t} table of conffile.c, looked up
 * the way Amanda looks up keywords (case and {@code -}/{@code _} aside). Immutable.
 */
final class ParameterTable {
  private final SectionKind kind;
  private final Map<String, Parameter<?>> byName;

  private ParameterTable(SectionKind kind, Map<String, Parameter<?>> byName) {
    this.kind = kind;
    this.byName = byName;
  }

  static ParameterTable of(SectionKind kind, Parameter<?>... parameters) {
    Map<String, Parameter<?>> byName = new LinkedHashMap<>();
    for (Parameter<?> parameter : parameters) {
      byName.put(Token.fold(parameter.name()), parameter);
    }
    return new ParameterTable(kind, byName);
  }

  /**
   * The table for {@code kind} in amanda.conf ({@code client} false) or amanda-client.conf, or
   * empty when that kind of section cannot be defined there.
   */
  static Optional<ParameterTable> forKind(SectionKind kind, boolean client) {
    return client ? clientTable(kind) : Optional.of(serverTable(kind));
  }

  SectionKind kind() {
    return kind;
  }

  /** The parameters, in the order of Amanda's table. */
  List<Parameter<?>> parameters() {
    return new ArrayList<>(byName.values());
  }

  Optional<Parameter<?>> find(String word) {
    return Optional.ofNullable(byName.get(Token.fold(word)));
  }

  /** This table less {@code parameter}. */
  ParameterTable without(Parameter<?> parameter) {
    Map<String, Parameter<?>> fewer = new LinkedHashMap<>(byName);
    fewer.remove(Token.fold(parameter.name()));
    return new ParameterTable(kind, fewer);
  }

  private static ParameterTable serverTable(SectionKind kind) {
    return switch (kind) {
      case GLOBAL -> GlobalParameters.TABLE;
      case DUMPTYPE -> DumptypeParameters.TABLE;
      case TAPETYPE -> TapetypeParameters.TABLE;
      case HOLDINGDISK -> HoldingdiskParameters.TABLE;
      case INTERFACE -> InterfaceParameters.TABLE;
      case APPLICATION -> ApplicationParameters.TABLE;
      case SCRIPT -> ScriptParameters.TABLE;
      case DEVICE -> DeviceParameters.TABLE;
      case CHANGER -> ChangerParameters.TABLE;
      case INTERACTIVITY -> InteractivityParameters.TABLE;
      case TAPERSCAN -> TaperscanParameters.TABLE;
      case POLICY -> PolicyParameters.TABLE;
      case STORAGE -> StorageParameters.TABLE;
    };
  }

  private static Optional<ParameterTable> clientTable(SectionKind kind) {
    return switch (kind) {
      case GLOBAL -> Optional.of(ClientParameters.TABLE);
      case APPLICATION -> Optional.of(ApplicationParameters.TABLE);
      // client_keytab has no SINGLE_EXECUTION, so Amanda's client cannot read that keyword.
      case SCRIPT -> Optional.of(ScriptParameters.TABLE.without(ScriptParameters.SINGLE_EXECUTION));
      default -> Optional.empty();
    };
  }
}
