package org.jamanda.config;

/** The keywords of a {@code holdingdisk} block ({@code holding_var} in conffile.c). */
public final class HoldingdiskParameters {
  public static final Parameter<String> DIRECTORY =
      Parameter.of("directory", ScalarTypes.STRING, "");

  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<Long> USE =
      Parameter.of("use", ScalarTypes.INT64, 0L).inKibibytes().check(Checks.HOLDING_USE);

  public static final Parameter<Long> CHUNKSIZE =
      Parameter.of("chunksize", ScalarTypes.INT64, 1024 * 1024L)
          .inKibibytes()
          .check(Checks.CHUNKSIZE);

  static final ParameterTable TABLE =
      ParameterTable.of(SectionKind.HOLDINGDISK, DIRECTORY, COMMENT, USE, CHUNKSIZE);

  private HoldingdiskParameters() {}
}
