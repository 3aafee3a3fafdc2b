package org.jamanda.config;

/** The keywords of a {@code define tapetype} block ({@code tapetype_var} in conffile.c). */
public final class TapetypeParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<String> LBL_TEMPL =
      Parameter.of("lbl-templ", ScalarTypes.STRING, "");

  public static final Parameter<Long> BLOCKSIZE =
      Parameter.of("blocksize", ScalarTypes.SIZE, 32L).inKibibytes().check(Checks.BLOCKSIZE);

  public static final Parameter<Long> READBLOCKSIZE =
      Parameter.of("readblocksize", ScalarTypes.SIZE, 32L).inKibibytes().check(Checks.BLOCKSIZE);

  public static final Parameter<Long> LENGTH =
      Parameter.of("length", ScalarTypes.INT64, 2000L).inKibibytes().check(Checks.NONNEGATIVE);

  public static final Parameter<Long> FILEMARK =
      Parameter.of("filemark", ScalarTypes.INT64, 1L).inKibibytes();

  public static final Parameter<Integer> SPEED =
      Parameter.of("speed", ScalarTypes.INT, 200).check(Checks.NONNEGATIVE);

  public static final Parameter<Long> PART_SIZE =
      Parameter.of("part-size", ScalarTypes.INT64, 0L).inKibibytes().check(Checks.NONNEGATIVE);

  public static final Parameter<PartCacheType> PART_CACHE_TYPE =
      Parameter.of("part-cache-type", ChoiceTypes.PART_CACHE_TYPE, PartCacheType.NONE);

  public static final Parameter<String> PART_CACHE_DIR =
      Parameter.of("part-cache-dir", ScalarTypes.STRING, "");

  public static final Parameter<Long> PART_CACHE_MAX_SIZE =
      Parameter.of("part-cache-max-size", ScalarTypes.INT64, 0L)
          .inKibibytes()
          .check(Checks.NONNEGATIVE);

  static final ParameterTable TABLE =
      ParameterTable.of(
          SectionKind.TAPETYPE,
          COMMENT,
          LBL_TEMPL,
          BLOCKSIZE,
          READBLOCKSIZE,
          LENGTH,
          FILEMARK,
          SPEED,
          PART_SIZE,
          PART_CACHE_TYPE,
          PART_CACHE_DIR,
          PART_CACHE_MAX_SIZE);

  private TapetypeParameters() {}
}
