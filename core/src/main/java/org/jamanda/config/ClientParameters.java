package org.jamanda.config;

import java.util.List;

/**
 * The keywords of amanda-client.conf ({@code client_var} in conffile.c). Those it shares with
 * amanda.conf are the {@link GlobalParameters} constants.
 */
public final class ClientParameters {
  public static final Parameter<String> CONF =
      Parameter.of("conf", ScalarTypes.STRING, BuildDefaults.DEFAULT_CONFIG);

  public static final Parameter<String> AMDUMP_SERVER =
      Parameter.of("amdump-server", ScalarTypes.STRING, BuildDefaults.DEFAULT_SERVER);

  public static final Parameter<String> INDEX_SERVER =
      Parameter.of("index-server", ScalarTypes.STRING, BuildDefaults.DEFAULT_SERVER);

  public static final Parameter<String> TAPE_SERVER =
      Parameter.of("tape-server", ScalarTypes.STRING, BuildDefaults.DEFAULT_TAPE_SERVER);

  public static final Parameter<String> AUTH = Parameter.of("auth", ScalarTypes.STRING, "bsdtcp");

  public static final Parameter<String> SSH_KEYS = Parameter.of("ssh-keys", ScalarTypes.STRING, "");

  public static final Parameter<String> AMANDAD_PATH =
      Parameter.of("amandad-path", ScalarTypes.STRING, "");

  public static final Parameter<String> CLIENT_USERNAME =
      Parameter.of("client-username", ScalarTypes.STRING, "");

  public static final Parameter<String> CLIENT_PORT =
      Parameter.of("client-port", ScalarTypes.INT_OR_STRING, "");

  public static final Parameter<Boolean> SSL_CHECK_FINGERPRINT =
      Parameter.of("ssl-check-fingerprint", ScalarTypes.BOOLEAN, true);

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

  public static final Parameter<String> GNUTAR_LIST_DIR =
      Parameter.of("gnutar-list-dir", ScalarTypes.STRING, BuildDefaults.GNUTAR_LIST_DIR);

  public static final Parameter<String> AMANDATES =
      Parameter.of("amandates", ScalarTypes.STRING, BuildDefaults.AMANDATES_FILE);

  public static final Parameter<String> APPLICATION =
      Parameter.of("application", ReferenceTypes.APPLICATION_REF, "");

  public static final Parameter<List<String>> SCRIPT =
      Parameter.of("script", ReferenceTypes.SCRIPT_REFS, List.of());

  public static final Parameter<String> HOSTNAME = Parameter.of("hostname", ScalarTypes.STRING, "");

  static final ParameterTable TABLE =
      ParameterTable.of(
          SectionKind.GLOBAL,
          CONF,
          AMDUMP_SERVER,
          INDEX_SERVER,
          TAPE_SERVER,
          GlobalParameters.TAPEDEV,
          AUTH,
          SSH_KEYS,
          AMANDAD_PATH,
          CLIENT_USERNAME,
          CLIENT_PORT,
          GlobalParameters.CTIMEOUT,
          GlobalParameters.SSL_DIR,
          SSL_CHECK_FINGERPRINT,
          SSL_FINGERPRINT_FILE,
          SSL_CERT_FILE,
          SSL_KEY_FILE,
          SSL_CA_CERT_FILE,
          SSL_CIPHER_LIST,
          SSL_CHECK_HOST,
          SSL_CHECK_CERTIFICATE_HOST,
          GNUTAR_LIST_DIR,
          AMANDATES,
          GlobalParameters.MAILER,
          GlobalParameters.KRB5KEYTAB,
          GlobalParameters.KRB5PRINCIPAL,
          GlobalParameters.CONNECT_TRIES,
          GlobalParameters.REP_TRIES,
          GlobalParameters.REQ_TRIES,
          GlobalParameters.DEBUG_DAYS,
          GlobalParameters.DEBUG_AMANDAD,
          GlobalParameters.DEBUG_RECOVERY,
          GlobalParameters.DEBUG_AMIDXTAPED,
          GlobalParameters.DEBUG_AMINDEXD,
          GlobalParameters.DEBUG_AMRECOVER,
          GlobalParameters.DEBUG_AUTH,
          GlobalParameters.DEBUG_EVENT,
          GlobalParameters.DEBUG_HOLDING,
          GlobalParameters.DEBUG_PROTOCOL,
          GlobalParameters.DEBUG_PLANNER,
          GlobalParameters.DEBUG_DRIVER,
          GlobalParameters.DEBUG_DUMPER,
          GlobalParameters.DEBUG_CHUNKER,
          GlobalParameters.DEBUG_TAPER,
          GlobalParameters.DEBUG_SELFCHECK,
          GlobalParameters.DEBUG_SENDSIZE,
          GlobalParameters.DEBUG_SENDBACKUP,
          GlobalParameters.RESERVED_UDP_PORT,
          GlobalParameters.RESERVED_TCP_PORT,
          GlobalParameters.UNRESERVED_TCP_PORT,
          GlobalParameters.PROPERTY,
          APPLICATION,
          SCRIPT,
          HOSTNAME);

  private ClientParameters() {}
}
