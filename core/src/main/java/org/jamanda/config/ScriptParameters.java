package org.jamanda.config;

import java.util.Set;

/** The keywords of a {@code define script} block ({@code pp_script_var} in conffile.c). */
public final class ScriptParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<String> PLUGIN = Parameter.of("plugin", ScalarTypes.STRING, "");

  public static final Parameter<PropertyList> PROPERTY =
      Parameter.of("property", CompositeTypes.VISIBLE_PROPERTIES, PropertyList.EMPTY);

  public static final Parameter<Set<ExecuteOn>> EXECUTE_ON =
      Parameter.of("execute-on", ChoiceTypes.EXECUTE_ON, Set.of());

  public static final Parameter<ExecuteWhere> EXECUTE_WHERE =
      Parameter.of("execute-where", ChoiceTypes.EXECUTE_WHERE, ExecuteWhere.CLIENT);

  public static final Parameter<Integer> ORDER = Parameter.of("order", ScalarTypes.INT, 5000);

  public static final Parameter<Boolean> SINGLE_EXECUTION =
      Parameter.of("single-execution", ScalarTypes.BOOLEAN, false);

  public static final Parameter<String> CLIENT_NAME =
      Parameter.of("client-name", ScalarTypes.STRING, "");

  static final ParameterTable TABLE =
      ParameterTable.of(
          SectionKind.SCRIPT,
          COMMENT,
          PLUGIN,
          PROPERTY,
          EXECUTE_ON,
          EXECUTE_WHERE,
          ORDER,
          SINGLE_EXECUTION,
          CLIENT_NAME);

  private ScriptParameters() {}
}
