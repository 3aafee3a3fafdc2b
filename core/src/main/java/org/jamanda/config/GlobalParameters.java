package org.jamanda.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The global keywords of amanda.conf ({@code server_var} in conffile.c). */
public final class GlobalParameters {
  public static final Parameter<String> ORG =
      Parameter.of("org", ScalarTypes.STRING, BuildDefaults.DEFAULT_CONFIG);

  public static final Parameter<String> MAILTO = Parameter.of("mailto", ScalarTypes.STRING, "");

  public static final Parameter<String> DUMPUSER =
      Parameter.of("dumpuser", ScalarTypes.STRING, BuildDefaults.CLIENT_LOGIN);

  public static final Parameter<String> PRINTER = Parameter.of("printer", ScalarTypes.STRING, "");

  public static final Parameter<String> MAILER =
      Parameter.of("mailer", ScalarTypes.STRING, BuildDefaults.MAILER);

  public static final Parameter<String> TAPEDEV =
      Parameter.of("tapedev", ScalarTypes.STRING, BuildDefaults.TAPE_DEVICE);

  public static final Parameter<PropertyList> DEVICE_PROPERTY =
      Parameter.of("device-property", CompositeTypes.VISIBLE_PROPERTIES, PropertyList.EMPTY);

  public static final Parameter<PropertyList> PROPERTY =
      Parameter.of("property", CompositeTypes.HIDDEN_PROPERTIES, PropertyList.EMPTY);

  public static final Parameter<String> TPCHANGER =
      Parameter.of("tpchanger", ScalarTypes.STRING, "");

  public static final Parameter<String> CHANGERDEV =
      Parameter.of("changerdev", ScalarTypes.STRING, "");

  public static final Parameter<String> CHANGERFILE =
      Parameter.of("changerfile", ScalarTypes.STRING, "changer")
          .check(Checks.DEPRECATED_CHANGERFILE);

  public static final Parameter<LabelStr> LABELSTR =
      Parameter.of("labelstr", CompositeTypes.LABELSTR, LabelStr.MATCH_AUTOLABEL)
          .check(Checks.NO_SPACE_DQUOTE);

  public static final Parameter<String> TAPELIST =
      Parameter.of("tapelist", ScalarTypes.STRING, "tapelist");

  public static final Parameter<String> DISKFILE =
      Parameter.of("diskfile", ScalarTypes.STRING, "disklist");

  public static final Parameter<String> INFOFILE =
      Parameter.rooted("infofile", ScalarTypes.STRING, root -> root.resolve("curinfo").toString());

  public static final Parameter<String> LOGDIR =
      Parameter.rooted("logdir", ScalarTypes.STRING, Path::toString);

  public static final Parameter<String> INDEXDIR =
      Parameter.rooted("indexdir", ScalarTypes.STRING, root -> root.resolve("index").toString());

  public static final Parameter<String> TAPETYPE =
      Parameter.of("tapetype", ScalarTypes.IDENT, "DEFAULT_TAPE");

  public static final Parameter<List<String>> HOLDINGDISK =
      Parameter.of("holdingdisk", CompositeTypes.HOLDINGDISK_LIST, List.of());

  public static final Parameter<Integer> DUMPCYCLE =
      Parameter.of("dumpcycle", ScalarTypes.INT, 10).check(Checks.NONNEGATIVE);

  public static final Parameter<Integer> RUNSPERCYCLE =
      Parameter.of("runspercycle", ScalarTypes.INT, 0).check(Checks.RUNSPERCYCLE);

  public static final Parameter<Integer> RUNTAPES =
      Parameter.of("runtapes", ScalarTypes.INT, 1).check(Checks.NONNEGATIVE);

  public static final Parameter<Integer> TAPECYCLE =
      Parameter.of("tapecycle", ScalarTypes.INT, 15).check(Checks.POSITIVE);

  public static final Parameter<Integer> BUMPDAYS =
      Parameter.of("bumpdays", ScalarTypes.INT, 2).check(Checks.NONNEGATIVE);

  public static final Parameter<Long> BUMPSIZE =
      Parameter.of("bumpsize", ScalarTypes.INT64, 10 * 1024L).inKibibytes().check(Checks.POSITIVE);

  public static final Parameter<Integer> BUMPPERCENT =
      Parameter.of("bumppercent", ScalarTypes.INT, 0).check(Checks.PERCENT);

  public static final Parameter<Double> BUMPMULT =
      Parameter.of("bumpmult", ScalarTypes.REAL, 1.5).check(Checks.BUMPMULT);

  public static final Parameter<Integer> NETUSAGE =
      Parameter.of("netusage", ScalarTypes.INT, 80000).inKibibytes().check(Checks.POSITIVE);

  public static final Parameter<Integer> INPARALLEL =
      Parameter.of("inparallel", ScalarTypes.INT, 10).check(Checks.POSITIVE);

  public static final Parameter<String> DUMPORDER =
      Parameter.of("dumporder", ScalarTypes.STRING, "ttt");

  public static final Parameter<Integer> MAXDUMPS =
      Parameter.of("maxdumps", ScalarTypes.INT, 1).check(Checks.POSITIVE);

  public static final Parameter<Integer> MAX_DLE_BY_VOLUME =
      Parameter.of("max-dle-by-volume", ScalarTypes.INT, 1000000000).check(Checks.POSITIVE);

  public static final Parameter<Integer> ETIMEOUT =
      Parameter.of("etimeout", ScalarTypes.INT, 300).check(Checks.NON_ZERO);

  public static final Parameter<Integer> DTIMEOUT =
      Parameter.of("dtimeout", ScalarTypes.INT, 1800).check(Checks.POSITIVE);

  public static final Parameter<Integer> CTIMEOUT =
      Parameter.of("ctimeout", ScalarTypes.INT, 30).check(Checks.POSITIVE);

  public static final Parameter<Long> DEVICE_OUTPUT_BUFFER_SIZE =
      Parameter.of("device-output-buffer-size", ScalarTypes.SIZE, 40 * 32768L);

  public static final Parameter<String> COLUMNSPEC =
      Parameter.of("columnspec", ScalarTypes.STRING, "").check(Checks.COLUMNSPEC);

  public static final Parameter<TaperAlgo> TAPERALGO =
      Parameter.of("taperalgo", ChoiceTypes.TAPERALGO, TaperAlgo.FIRST);

  public static final Parameter<Integer> TAPER_PARALLEL_WRITE =
      Parameter.of("taper-parallel-write", ScalarTypes.INT, 1);

  public static final Parameter<SendAmreportOn> SEND_AMREPORT_ON =
      Parameter.of("send-amreport-on", ChoiceTypes.SEND_AMREPORT_ON, SendAmreportOn.ALL);

  public static final Parameter<Integer> FLUSH_THRESHOLD_DUMPED =
      Parameter.of("flush-threshold-dumped", ScalarTypes.INT, 0).check(Checks.NONNEGATIVE);

  public static final Parameter<Integer> FLUSH_THRESHOLD_SCHEDULED =
      Parameter.of("flush-threshold-scheduled", ScalarTypes.INT, 0).check(Checks.NONNEGATIVE);

  public static final Parameter<Integer> TAPERFLUSH =
      Parameter.of("taperflush", ScalarTypes.INT, 0).check(Checks.NONNEGATIVE);

  public static final Parameter<String> DISPLAYUNIT =
      Parameter.of("displayunit", ScalarTypes.STRING, "K").check(Checks.DISPLAYUNIT);

  public static final Parameter<NoYesAll> AUTOFLUSH =
      Parameter.of("autoflush", ScalarTypes.NO_YES_ALL, NoYesAll.NO);

  public static final Parameter<Integer> RESERVE =
      Parameter.of("reserve", ScalarTypes.INT, 100).check(Checks.PERCENT);

  public static final Parameter<Long> MAXDUMPSIZE =
      Parameter.of("maxdumpsize", ScalarTypes.INT64, -1L).inKibibytes();

  public static final Parameter<String> KRB5KEYTAB =
      Parameter.of("krb5keytab", ScalarTypes.STRING, "/.amanda-v5-keytab");

  public static final Parameter<String> KRB5PRINCIPAL =
      Parameter.of("krb5principal", ScalarTypes.STRING, "service/amanda");

  public static final Parameter<String> LABEL_NEW_TAPES =
      Parameter.of("label-new-tapes", ScalarTypes.STRING, "");

  public static final Parameter<Autolabel> AUTOLABEL =
      Parameter.of("autolabel", CompositeTypes.AUTOLABEL, Autolabel.NONE)
          .check(Checks.NO_SPACE_DQUOTE);

  public static final Parameter<String> META_AUTOLABEL =
      Parameter.of("meta-autolabel", ScalarTypes.STRING, "").check(Checks.NO_SPACE_DQUOTE);

  public static final Parameter<Boolean> EJECT_VOLUME =
      Parameter.of("eject-volume", ScalarTypes.BOOLEAN, false);

  public static final Parameter<String> TMPDIR =
      Parameter.of("tmpdir", ScalarTypes.STRING, BuildDefaults.TMPDIR).check(Checks.TMPDIR);

  public static final Parameter<Boolean> USETIMESTAMPS =
      Parameter.of("usetimestamps", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Boolean> AMRECOVER_DO_FSF =
      Parameter.of("amrecover-do-fsf", ScalarTypes.BOOLEAN, true);

  public static final Parameter<String> AMRECOVER_CHANGER =
      Parameter.of("amrecover-changer", ScalarTypes.STRING, "");

  public static final Parameter<Boolean> AMRECOVER_CHECK_LABEL =
      Parameter.of("amrecover-check-label", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Integer> CONNECT_TRIES =
      Parameter.of("connect-tries", ScalarTypes.INT, 3).check(Checks.POSITIVE);

  public static final Parameter<Integer> REP_TRIES =
      Parameter.of("rep-tries", ScalarTypes.INT, 5).check(Checks.POSITIVE);

  public static final Parameter<Integer> REQ_TRIES =
      Parameter.of("req-tries", ScalarTypes.INT, 3).check(Checks.POSITIVE);

  public static final Parameter<Integer> DEBUG_DAYS =
      Parameter.of("debug-days", ScalarTypes.INT, BuildDefaults.DEBUG_DAYS);

  public static final Parameter<Integer> DEBUG_AMANDAD =
      Parameter.of("debug-amandad", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_RECOVERY =
      Parameter.of("debug-recovery", ScalarTypes.INT, 1).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_AMIDXTAPED =
      Parameter.of("debug-amidxtaped", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_AMINDEXD =
      Parameter.of("debug-amindexd", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_AMRECOVER =
      Parameter.of("debug-amrecover", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_AUTH =
      Parameter.of("debug-auth", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_EVENT =
      Parameter.of("debug-event", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_HOLDING =
      Parameter.of("debug-holding", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_PROTOCOL =
      Parameter.of("debug-protocol", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_PLANNER =
      Parameter.of("debug-planner", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_DRIVER =
      Parameter.of("debug-driver", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_DUMPER =
      Parameter.of("debug-dumper", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_CHUNKER =
      Parameter.of("debug-chunker", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_TAPER =
      Parameter.of("debug-taper", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_SELFCHECK =
      Parameter.of("debug-selfcheck", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_SENDSIZE =
      Parameter.of("debug-sendsize", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Integer> DEBUG_SENDBACKUP =
      Parameter.of("debug-sendbackup", ScalarTypes.INT, 0).check(Checks.DEBUG_LEVEL);

  public static final Parameter<Optional<IntRange>> RESERVED_UDP_PORT =
      Parameter.of("reserved-udp-port", ScalarTypes.PORT_RANGE, Optional.empty())
          .check(Checks.RESERVED_PORTS);

  public static final Parameter<Optional<IntRange>> RESERVED_TCP_PORT =
      Parameter.of("reserved-tcp-port", ScalarTypes.PORT_RANGE, Optional.empty())
          .check(Checks.RESERVED_PORTS);

  public static final Parameter<Optional<IntRange>> UNRESERVED_TCP_PORT =
      Parameter.of("unreserved-tcp-port", ScalarTypes.PORT_RANGE, Optional.empty())
          .check(Checks.UNRESERVED_PORTS);

  public static final Parameter<HostLimit> RECOVERY_LIMIT =
      Parameter.of(
          "recovery-limit", CompositeTypes.HOST_LIMIT, new HostLimit(false, false, List.of()));

  public static final Parameter<String> INTERACTIVITY =
      Parameter.of("interactivity", ReferenceTypes.INTERACTIVITY_REF, "");

  public static final Parameter<String> TAPERSCAN =
      Parameter.of("taperscan", ReferenceTypes.TAPERSCAN_REF, "");

  public static final Parameter<Boolean> REPORT_USE_MEDIA =
      Parameter.of("report-use-media", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Boolean> REPORT_NEXT_MEDIA =
      Parameter.of("report-next-media", ScalarTypes.BOOLEAN, true);

  public static final Parameter<List<String>> REPORT_FORMAT =
      Parameter.of("report-format", CompositeTypes.STRING_LIST, List.of());

  public static final Parameter<List<String>> ACTIVE_STORAGE =
      Parameter.of("active-storage", CompositeTypes.STORAGE_LIST, List.of());

  public static final Parameter<List<String>> STORAGE =
      Parameter.of("storage", CompositeTypes.STORAGE_LIST, List.of());

  public static final Parameter<List<String>> VAULT_STORAGE =
      Parameter.of("vault-storage", CompositeTypes.STORAGE_LIST, List.of());

  public static final Parameter<String> COMMAND_FILE =
      Parameter.of("command-file", ScalarTypes.STRING, "command_file");

  public static final Parameter<Integer> REST_API_PORT =
      Parameter.of("rest-api-port", ScalarTypes.INT, 0).check(Checks.POSITIVE);

  public static final Parameter<String> REST_SSL_CERT =
      Parameter.of("rest-ssl-cert", ScalarTypes.STRING, "");

  public static final Parameter<String> REST_SSL_KEY =
      Parameter.of("rest-ssl-key", ScalarTypes.STRING, "");

  public static final Parameter<String> SSL_DIR =
      Parameter.rooted("ssl-dir", ScalarTypes.STRING, root -> root.resolve("ssl").toString());

  public static final Parameter<Boolean> COMPRESS_INDEX =
      Parameter.of("compress-index", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Boolean> SORT_INDEX =
      Parameter.of("sort-index", ScalarTypes.BOOLEAN, false);

  static final ParameterTable TABLE =
      ParameterTable.of(
          SectionKind.GLOBAL,
          ORG,
          MAILTO,
          DUMPUSER,
          PRINTER,
          MAILER,
          TAPEDEV,
          DEVICE_PROPERTY,
          PROPERTY,
          TPCHANGER,
          CHANGERDEV,
          CHANGERFILE,
          LABELSTR,
          TAPELIST,
          DISKFILE,
          INFOFILE,
          LOGDIR,
          INDEXDIR,
          TAPETYPE,
          HOLDINGDISK,
          DUMPCYCLE,
          RUNSPERCYCLE,
          RUNTAPES,
          TAPECYCLE,
          BUMPDAYS,
          BUMPSIZE,
          BUMPPERCENT,
          BUMPMULT,
          NETUSAGE,
          INPARALLEL,
          DUMPORDER,
          MAXDUMPS,
          MAX_DLE_BY_VOLUME,
          ETIMEOUT,
          DTIMEOUT,
          CTIMEOUT,
          DEVICE_OUTPUT_BUFFER_SIZE,
          COLUMNSPEC,
          TAPERALGO,
          TAPER_PARALLEL_WRITE,
          SEND_AMREPORT_ON,
          FLUSH_THRESHOLD_DUMPED,
          FLUSH_THRESHOLD_SCHEDULED,
          TAPERFLUSH,
          DISPLAYUNIT,
          AUTOFLUSH,
          RESERVE,
          MAXDUMPSIZE,
          KRB5KEYTAB,
          KRB5PRINCIPAL,
          LABEL_NEW_TAPES,
          AUTOLABEL,
          META_AUTOLABEL,
          EJECT_VOLUME,
          TMPDIR,
          USETIMESTAMPS,
          AMRECOVER_DO_FSF,
          AMRECOVER_CHANGER,
          AMRECOVER_CHECK_LABEL,
          CONNECT_TRIES,
          REP_TRIES,
          REQ_TRIES,
          DEBUG_DAYS,
          DEBUG_AMANDAD,
          DEBUG_RECOVERY,
          DEBUG_AMIDXTAPED,
          DEBUG_AMINDEXD,
          DEBUG_AMRECOVER,
          DEBUG_AUTH,
          DEBUG_EVENT,
          DEBUG_HOLDING,
          DEBUG_PROTOCOL,
          DEBUG_PLANNER,
          DEBUG_DRIVER,
          DEBUG_DUMPER,
          DEBUG_CHUNKER,
          DEBUG_TAPER,
          DEBUG_SELFCHECK,
          DEBUG_SENDSIZE,
          DEBUG_SENDBACKUP,
          RESERVED_UDP_PORT,
          RESERVED_TCP_PORT,
          UNRESERVED_TCP_PORT,
          RECOVERY_LIMIT,
          INTERACTIVITY,
          TAPERSCAN,
          REPORT_USE_MEDIA,
          REPORT_NEXT_MEDIA,
          REPORT_FORMAT,
          ACTIVE_STORAGE,
          STORAGE,
          VAULT_STORAGE,
          COMMAND_FILE,
          REST_API_PORT,
          REST_SSL_CERT,
          REST_SSL_KEY,
          SSL_DIR,
          COMPRESS_INDEX,
          SORT_INDEX);

  private GlobalParameters() {}
}
