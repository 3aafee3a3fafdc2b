package org.jamanda.config;

/** The keywords of a {@code define changer} block ({@code changer_config_var} in conffile.c). */
public final class ChangerParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<String> TAPEDEV = Parameter.of("tapedev", ScalarTypes.STRING, "");

  public static final Parameter<String> TPCHANGER =
      Parameter.of("tpchanger", ScalarTypes.STRING, "");

  public static final Parameter<String> CHANGERDEV =
      Parameter.of("changerdev", ScalarTypes.STRING, "");

  public static final Parameter<String> CHANGERFILE =
      Parameter.of("changerfile", ScalarTypes.STRING, "");

  public static final Parameter<PropertyList> PROPERTY =
      Parameter.of("property", CompositeTypes.VISIBLE_PROPERTIES, PropertyList.EMPTY);

  public static final Parameter<PropertyList> DEVICE_PROPERTY =
      Parameter.of("device-property", CompositeTypes.VISIBLE_PROPERTIES, PropertyList.EMPTY);

  static final ParameterTable TABLE =
      ParameterTable.of(
          SectionKind.CHANGER,
          COMMENT,
          TAPEDEV,
          TPCHANGER,
          CHANGERDEV,
          CHANGERFILE,
          PROPERTY,
          DEVICE_PROPERTY);

  private ChangerParameters() {}
}
