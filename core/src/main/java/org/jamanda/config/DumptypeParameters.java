package org.jamanda.config;

import java.util.List;

/**
 * The keywords of a {@code define dumptype} block ({@code dumptype_var} in conffile.c). The
 * defaults of dumpcycle, maxdumps and the bump settings are the global values at the point of the
 * definition; the ones here are those of an unset global.
 */
public final class DumptypeParameters {
  public static final Parameter<String> COMMENT = Parameter.of("comment", ScalarTypes.STRING, "");

  public static final Parameter<String> AUTH = Parameter.of("auth", ScalarTypes.STRING, "BSDTCP");

  public static final Parameter<Integer> BUMPDAYS =
      Parameter.of("bumpdays", ScalarTypes.INT, 2).check(Checks.NONNEGATIVE);

  public static final Parameter<Double> BUMPMULT =
      Parameter.of("bumpmult", ScalarTypes.REAL, 1.5).check(Checks.BUMPMULT);

  public static final Parameter<Long> BUMPSIZE =
      Parameter.of("bumpsize", ScalarTypes.INT64, 10240L).inKibibytes().check(Checks.POSITIVE);

  public static final Parameter<Integer> BUMPPERCENT =
      Parameter.of("bumppercent", ScalarTypes.INT, 0).check(Checks.PERCENT);

  public static final Parameter<Comprate> COMPRATE =
      Parameter.of("comprate", ScalarTypes.COMPRATE, new Comprate(0.5, 0.5));

  public static final Parameter<Compress> COMPRESS =
      Parameter.of("compress", ChoiceTypes.COMPRESS, Compress.CLIENT_FAST);

  public static final Parameter<Encrypt> ENCRYPT =
      Parameter.of("encrypt", ChoiceTypes.ENCRYPT, Encrypt.NONE);

  public static final Parameter<Integer> DUMPCYCLE =
      Parameter.of("dumpcycle", ScalarTypes.INT, 10).check(Checks.NONNEGATIVE);

  public static final Parameter<ExIncludeList> EXCLUDE =
      Parameter.of("exclude", CompositeTypes.EXINCLUDE, ExIncludeList.EMPTY);

  public static final Parameter<ExIncludeList> INCLUDE =
      Parameter.of("include", CompositeTypes.EXINCLUDE, ExIncludeList.EMPTY);

  public static final Parameter<Boolean> IGNORE =
      Parameter.of("ignore", ScalarTypes.BOOLEAN, false);

  public static final Parameter<HoldingDiskUse> HOLDINGDISK =
      Parameter.of("holdingdisk", ChoiceTypes.HOLDING, HoldingDiskUse.AUTO);

  public static final Parameter<Boolean> INDEX = Parameter.of("index", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Boolean> KENCRYPT =
      Parameter.of("kencrypt", ScalarTypes.BOOLEAN, false);

  public static final Parameter<Integer> MAXDUMPS =
      Parameter.of("maxdumps", ScalarTypes.INT, 1).check(Checks.POSITIVE);

  public static final Parameter<Integer> MAXPROMOTEDAY =
      Parameter.of("maxpromoteday", ScalarTypes.INT, 10000).check(Checks.NONNEGATIVE);

  public static final Parameter<Integer> PRIORITY =
      Parameter.of("priority", ScalarTypes.PRIORITY, 1);

  public static final Parameter<String> PROGRAM =
      Parameter.of("program", ScalarTypes.STRING, "DUMP").check(Checks.PROGRAM);

  public static final Parameter<PropertyList> PROPERTY =
      Parameter.of("property", CompositeTypes.HIDDEN_PROPERTIES, PropertyList.EMPTY);

  public static final Parameter<Boolean> RECORD = Parameter.of("record", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Boolean> SKIP_FULL =
      Parameter.of("skip-full", ScalarTypes.BOOLEAN, false);

  public static final Parameter<Boolean> SKIP_INCR =
      Parameter.of("skip-incr", ScalarTypes.BOOLEAN, false);

  public static final Parameter<Integer> STARTTIME = Parameter.of("starttime", ScalarTypes.TIME, 0);

  public static final Parameter<Strategy> STRATEGY =
      Parameter.of("strategy", ChoiceTypes.STRATEGY, Strategy.STANDARD);

  public static final Parameter<Long> TAPE_SPLITSIZE =
      Parameter.of("tape-splitsize", ScalarTypes.INT64, 0L).inKibibytes().check(Checks.NONNEGATIVE);

  public static final Parameter<String> SPLIT_DISKBUFFER =
      Parameter.of("split-diskbuffer", ScalarTypes.STRING, "");

  public static final Parameter<List<Estimate>> ESTIMATE =
      Parameter.of("estimate", ChoiceTypes.ESTIMATES, List.of(Estimate.CLIENT));

  public static final Parameter<String> SERVER_ENCRYPT =
      Parameter.of("server-encrypt", ScalarTypes.STRING, "");

  public static final Parameter<String> CLIENT_ENCRYPT =
      Parameter.of("client-encrypt", ScalarTypes.STRING, "");

  public static final Parameter<String> AMANDAD_PATH =
      Parameter.of("amandad-path", ScalarTypes.STRING, "");

  public static final Parameter<String> CLIENT_USERNAME =
      Parameter.of("client-username", ScalarTypes.STRING, "");

  public static final Parameter<String> CLIENT_PORT =
      Parameter.of("client-port", ScalarTypes.INT_OR_STRING, "");

  public static final Parameter<String> SSH_KEYS = Parameter.of("ssh-keys", ScalarTypes.STRING, "");

  public static final Parameter<String> SERVER_CUSTOM_COMPRESS =
      Parameter.of("server-custom-compress", ScalarTypes.STRING, "");

  public static final Parameter<String> CLIENT_CUSTOM_COMPRESS =
      Parameter.of("client-custom-compress", ScalarTypes.STRING, "");

  public static final Parameter<Long> FALLBACK_SPLITSIZE =
      Parameter.of("fallback-splitsize", ScalarTypes.INT64, 10 * 1024L).inKibibytes();

  public static final Parameter<String> SERVER_DECRYPT_OPTION =
      Parameter.of("server-decrypt-option", ScalarTypes.STRING, "-d");

  public static final Parameter<String> CLIENT_DECRYPT_OPTION =
      Parameter.of("client-decrypt-option", ScalarTypes.STRING, "-d");

  public static final Parameter<String> APPLICATION =
      Parameter.of("application", ReferenceTypes.APPLICATION_REF, "");

  public static final Parameter<List<String>> SCRIPT =
      Parameter.of("script", ReferenceTypes.SCRIPT_REFS, List.of());

  public static final Parameter<DataPath> DATA_PATH =
      Parameter.of("data-path", ChoiceTypes.DATA_PATH, DataPath.AMANDA);

  public static final Parameter<Boolean> ALLOW_SPLIT =
      Parameter.of("allow-split", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Integer> MAX_WARNINGS =
      Parameter.of("max-warnings", ScalarTypes.INT, 20).check(Checks.NONNEGATIVE);

  public static final Parameter<HostLimit> RECOVERY_LIMIT =
      Parameter.of(
          "recovery-limit", CompositeTypes.HOST_LIMIT, new HostLimit(false, false, List.of()));

  public static final Parameter<HostLimit> DUMP_LIMIT =
      Parameter.of("dump-limit", CompositeTypes.HOST_LIMIT, new HostLimit(false, true, List.of()))
          .check(Checks.DUMP_LIMIT);

  public static final Parameter<Integer> RETRY_DUMP =
      Parameter.of("retry-dump", ScalarTypes.INT, 2).check(Checks.POSITIVE);

  public static final Parameter<List<String>> TAG =
      Parameter.of("tag", CompositeTypes.STRING_LIST, List.of());

  public static final Parameter<String> SSL_FINGERPRINT_FILE =
      Parameter.of("ssl-fingerprint-file", ScalarTypes.STRING, "");

  public static final Parameter<String> SSL_CERT_FILE =
      Parameter.of("ssl-cert-file", ScalarTypes.STRING, "");

  public static final Parameter<String> SSL_KEY_FILE =
      Parameter.of("ssl-key-file", ScalarTypes.STRING, "");

  public static final Parameter<String> SSL_CA_CERT_FILE =
      Parameter.of("ssl-ca-cert-file", ScalarTypes.STRING, "");

  public static final Parameter<String> SSL_CIPHER_LIST =
      Parameter.of("ssl-cipher-list", ScalarTypes.STRING, "");

  public static final Parameter<Boolean> SSL_CHECK_HOST =
      Parameter.of("ssl-check-host", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Boolean> SSL_CHECK_CERTIFICATE_HOST =
      Parameter.of("ssl-check-certificate-host", ScalarTypes.BOOLEAN, true);

  public static final Parameter<Boolean> SSL_CHECK_FINGERPRINT =
      Parameter.of("ssl-check-fingerprint", ScalarTypes.BOOLEAN, true);

  static final ParameterTable TABLE =
      ParameterTable.of(
          SectionKind.DUMPTYPE,
          COMMENT,
          AUTH,
          BUMPDAYS,
          BUMPMULT,
          BUMPSIZE,
          BUMPPERCENT,
          COMPRATE,
          COMPRESS,
          ENCRYPT,
          DUMPCYCLE,
          EXCLUDE,
          INCLUDE,
          IGNORE,
          HOLDINGDISK,
          INDEX,
          KENCRYPT,
          MAXDUMPS,
          MAXPROMOTEDAY,
          PRIORITY,
          PROGRAM,
          PROPERTY,
          RECORD,
          SKIP_FULL,
          SKIP_INCR,
          STARTTIME,
          STRATEGY,
          TAPE_SPLITSIZE,
          SPLIT_DISKBUFFER,
          ESTIMATE,
          SERVER_ENCRYPT,
          CLIENT_ENCRYPT,
          AMANDAD_PATH,
          CLIENT_USERNAME,
          CLIENT_PORT,
          SSH_KEYS,
          SERVER_CUSTOM_COMPRESS,
          CLIENT_CUSTOM_COMPRESS,
          FALLBACK_SPLITSIZE,
          SERVER_DECRYPT_OPTION,
          CLIENT_DECRYPT_OPTION,
          APPLICATION,
          SCRIPT,
          DATA_PATH,
          ALLOW_SPLIT,
          MAX_WARNINGS,
          RECOVERY_LIMIT,
          DUMP_LIMIT,
          RETRY_DUMP,
          TAG,
          SSL_FINGERPRINT_FILE,
          SSL_CERT_FILE,
          SSL_KEY_FILE,
          SSL_CA_CERT_FILE,
          SSL_CIPHER_LIST,
          SSL_CHECK_HOST,
          SSL_CHECK_CERTIFICATE_HOST,
          SSL_CHECK_FINGERPRINT);

  private DumptypeParameters() {}
}
