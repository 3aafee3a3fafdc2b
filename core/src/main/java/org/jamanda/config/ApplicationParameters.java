package org.jamanda.config;

/** The keywords of a {@code define application} block ({@code application_var} in conffile.c). */
public final class ApplicationParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<String> PLUGIN = Parameter.of("plugin", ScalarTypes.STRING, "");

  public static final Parameter<PropertyList> PROPERTY =
      Parameter.of("property", CompositeTypes.VISIBLE_PROPERTIES, PropertyList.EMPTY);

  public static final Parameter<String> CLIENT_NAME =
      Parameter.of("client-name", ScalarTypes.STRING, "");

  static final ParameterTable TABLE =
      ParameterTable.of(SectionKind.APPLICATION, COMMENT, PLUGIN, PROPERTY, CLIENT_NAME);

  private ApplicationParameters() {}
}
