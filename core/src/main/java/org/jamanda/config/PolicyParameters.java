package org.jamanda.config;

/** The keywords of a {@code define policy} block ({@code policy_var} in conffile.c). */
public final class PolicyParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<Integer> RETENTION_TAPES =
      Parameter.of("retention-tapes", ScalarTypes.INT, 0);

  public static final Parameter<Integer> RETENTION_DAYS =
      Parameter.of("retention-days", ScalarTypes.INT, 0);

  public static final Parameter<Integer> RETENTION_RECOVER =
      Parameter.of("retention-recover", ScalarTypes.INT, 0);

  public static final Parameter<Integer> RETENTION_FULL =
      Parameter.of("retention-full", ScalarTypes.INT, 0);

  static final ParameterTable TABLE =
      ParameterTable.of(
          SectionKind.POLICY,
          COMMENT,
          RETENTION_TAPES,
          RETENTION_DAYS,
          RETENTION_RECOVER,
          RETENTION_FULL);

  private PolicyParameters() {}
}
