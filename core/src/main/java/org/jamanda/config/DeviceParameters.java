package org.jamanda.config;

/** The keywords of a {@code define device} block ({@code device_config_var} in conffile.c). */
public final class DeviceParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<PropertyList> DEVICE_PROPERTY =
      Parameter.of("device-property", CompositeTypes.VISIBLE_PROPERTIES, PropertyList.EMPTY);

  public static final Parameter<String> TAPEDEV = Parameter.of("tapedev", ScalarTypes.STRING, "");

  static final ParameterTable TABLE =
      ParameterTable.of(SectionKind.DEVICE, COMMENT, DEVICE_PROPERTY, TAPEDEV);

  private DeviceParameters() {}
}
