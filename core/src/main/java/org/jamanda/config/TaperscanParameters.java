package org.jamanda.config;

/** The keywords of a {@code define taperscan} block ({@code taperscan_var} in conffile.c). */
public final class TaperscanParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<String> PLUGIN = Parameter.of("plugin", ScalarTypes.STRING, "");

  public static final Parameter<PropertyList> PROPERTY =
      Parameter.of("property", CompositeTypes.VISIBLE_PROPERTIES, PropertyList.EMPTY);

  static final ParameterTable TABLE =
      ParameterTable.of(SectionKind.TAPERSCAN, COMMENT, PLUGIN, PROPERTY);

  private TaperscanParameters() {}
}
