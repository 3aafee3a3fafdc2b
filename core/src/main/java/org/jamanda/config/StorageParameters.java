package org.jamanda.config;

import java.util.List;

/** The keywords of a {@code define storage} block ({@code storage_var} in conffile.c). */
public final class StorageParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<String> POLICY =
      Parameter.of("policy", ReferenceTypes.POLICY_REF, "");

  public static final Parameter<String> TAPEDEV = Parameter.of("tapedev", ScalarTypes.STRING, "");

  public static final Parameter<String> TPCHANGER =
      Parameter.of("tpchanger", ScalarTypes.STRING, "");

  public static final Parameter<LabelStr> LABELSTR =
      Parameter.of("labelstr", CompositeTypes.LABELSTR, LabelStr.MATCH_AUTOLABEL)
          .check(Checks.NO_SPACE_DQUOTE);

  public static final Parameter<Autolabel> AUTOLABEL =
      Parameter.of("autolabel", CompositeTypes.AUTOLABEL, Autolabel.NONE)
          .check(Checks.NO_SPACE_DQUOTE);

  public static final Parameter<String> META_AUTOLABEL =
      Parameter.of("meta-autolabel", ScalarTypes.STRING, "").check(Checks.NO_SPACE_DQUOTE);

  public static final Parameter<String> TAPEPOOL =
      Parameter.of("tapepool", ScalarTypes.STRING, "").check(Checks.NO_SPACE_DQUOTE);

  public static final Parameter<Integer> RUNTAPES = Parameter.of("runtapes", ScalarTypes.INT, 1);

  public static final Parameter<String> TAPERSCAN =
      Parameter.of("taperscan", ScalarTypes.STRING, "");

  public static final Parameter<String> TAPETYPE =
      Parameter.of("tapetype", ScalarTypes.STRING, "DEFAULT_TAPE");

  public static final Parameter<Integer> MAX_DLE_BY_VOLUME =
      Parameter.of("max-dle-by-volume", ScalarTypes.INT, 1000000000);

  public static final Parameter<TaperAlgo> TAPERALGO =
      Parameter.of("taperalgo", ChoiceTypes.TAPERALGO, TaperAlgo.FIRST);

  public static final Parameter<Integer> TAPER_PARALLEL_WRITE =
      Parameter.of("taper-parallel-write", ScalarTypes.INT, 0);

  public static final Parameter<Boolean> EJECT_VOLUME =
      Parameter.of("eject-volume", ScalarTypes.BOOLEAN, false);

  public static final Parameter<Boolean> ERASE_VOLUME =
      Parameter.of("erase-volume", ScalarTypes.BOOLEAN, false);

  public static final Parameter<Long> DEVICE_OUTPUT_BUFFER_SIZE =
      Parameter.of("device-output-buffer-size", ScalarTypes.SIZE, 0L);

  public static final Parameter<NoYesAll> AUTOFLUSH =
      Parameter.of("autoflush", ScalarTypes.NO_YES_ALL, NoYesAll.NO);

  public static final Parameter<Integer> FLUSH_THRESHOLD_DUMPED =
      Parameter.of("flush-threshold-dumped", ScalarTypes.INT, 0).check(Checks.NONNEGATIVE);

  public static final Parameter<Integer> FLUSH_THRESHOLD_SCHEDULED =
      Parameter.of("flush-threshold-scheduled", ScalarTypes.INT, 0).check(Checks.NONNEGATIVE);

  public static final Parameter<Integer> TAPERFLUSH =
      Parameter.of("taperflush", ScalarTypes.INT, 0).check(Checks.NONNEGATIVE);

  public static final Parameter<Boolean> REPORT_USE_MEDIA =
      Parameter.of("report-use-media", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Boolean> REPORT_NEXT_MEDIA =
      Parameter.of("report-next-media", ScalarTypes.BOOLEAN, true);

  public static final Parameter<String> INTERACTIVITY =
      Parameter.of("interactivity", ReferenceTypes.INTERACTIVITY_REF, "");

  public static final Parameter<Boolean> SET_NO_REUSE =
      Parameter.of("set-no-reuse", ScalarTypes.BOOLEAN, false);

  public static final Parameter<List<DumpSelection>> DUMP_SELECTION =
      Parameter.of("dump-selection", CompositeTypes.DUMP_SELECTION, List.of());

  public static final Parameter<Boolean> ERASE_ON_FAILURE =
      Parameter.of("erase-on-failure", ScalarTypes.BOOLEAN, false);

  public static final Parameter<Boolean> ERASE_ON_FULL =
      Parameter.of("erase-on-full", ScalarTypes.BOOLEAN, false);

  public static final Parameter<List<Vault>> VAULT =
      Parameter.of("vault", CompositeTypes.VAULTS, List.of());

  static final ParameterTable TABLE =
      ParameterTable.of(
          SectionKind.STORAGE,
          COMMENT,
          POLICY,
          TAPEDEV,
          TPCHANGER,
          LABELSTR,
          AUTOLABEL,
          META_AUTOLABEL,
          TAPEPOOL,
          RUNTAPES,
          TAPERSCAN,
          TAPETYPE,
          MAX_DLE_BY_VOLUME,
          TAPERALGO,
          TAPER_PARALLEL_WRITE,
          EJECT_VOLUME,
          ERASE_VOLUME,
          DEVICE_OUTPUT_BUFFER_SIZE,
          AUTOFLUSH,
          FLUSH_THRESHOLD_DUMPED,
          FLUSH_THRESHOLD_SCHEDULED,
          TAPERFLUSH,
          REPORT_USE_MEDIA,
          REPORT_NEXT_MEDIA,
          INTERACTIVITY,
          SET_NO_REUSE,
          DUMP_SELECTION,
          ERASE_ON_FAILURE,
          ERASE_ON_FULL,
          VAULT);

  private StorageParameters() {}
}
