package org.jamanda.config;

/** The keywords of a {@code define interface} block ({@code interface_var} in conffile.c). */
public final class InterfaceParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<Integer> USE =
      Parameter.of("use", ScalarTypes.INT, 80000).inKibibytes().check(Checks.POSITIVE);

  public static final Parameter<String> SRC_IP = Parameter.of("src-ip", ScalarTypes.STRING, "NULL");

  static final ParameterTable TABLE =
      ParameterTable.of(SectionKind.INTERFACE, COMMENT, USE, SRC_IP);

  private InterfaceParameters() {}
}
