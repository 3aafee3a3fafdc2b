package org.jamanda.protocol;

/** The words of Amanda's request bodies, each spelled as on the wire. */
public final class ProtocolTokens {
  /** Opens the line naming the requesting user: {@code SECURITY USER backup} (security-util.c). */
  public static final String SECURITY = "SECURITY";

  /** Second word of the security line. */
  public static final String USER = "USER";

  /** Names the service a REQ asks for: {@code SERVICE selfcheck} (amandad.c). */
  public static final String SERVICE = "SERVICE";

  /** Opens the options line of a request or reply body (amandad.c, client_util.c). */
  public static final String OPTIONS = "OPTIONS";

  /** Option: the sender's features bitmap, always first (amfeatures.c). */
  public static final String FEATURES = "features";

  /** Option: simultaneous dumps allowed on the client (server's {@code maxdumps}). */
  public static final String MAXDUMPS = "maxdumps";

  /** Option: the DLE host name as written in the disklist. */
  public static final String HOSTNAME = "hostname";

  /** Option: the server's configuration name. */
  public static final String CONFIG = "config";

  /** Option: the run's timestamp, {@code YYYYMMDDhhmmss} (sendsize, sendbackup). */
  public static final String TIMESTAMP = "timestamp";

  /** Option: the auth method, sent by amrecover (recover-src). */
  public static final String AUTH = "auth";

  /** Opens a refusal or failure line in a reply: {@code ERROR <text>}. */
  public static final String ERROR = "ERROR";

  private ProtocolTokens() {}
}
