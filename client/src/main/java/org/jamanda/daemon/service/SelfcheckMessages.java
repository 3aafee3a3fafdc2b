package org.jamanda.daemon.service;

import org.jamanda.protocol.service.ClientMessage;
import org.jamanda.protocol.service.DleRequest;
import org.jamanda.protocol.service.MessageEmitter;
import org.jamanda.protocol.service.MessageSeverity;
import org.jamanda.protocol.service.SelfcheckReply;

/**
 * The messages of Amanda 3.5.1's selfcheck program (selfcheck.c; texts in ammessage.c), one method
 * per kind, each with Amanda's code, severity, argument order and the line Debian's build reports.
 * Immutable.
 */
final class SelfcheckMessages {
  private static final String FILE = "selfcheck.c";
  private static final MessageEmitter EMITTER = MessageEmitter.SELFCHECK;

  private final String hostname;

  /** Messages for a request whose DLE host name is {@code hostname}. */
  SelfcheckMessages(String hostname) {
    this.hostname = hostname;
  }

  String hostname() {
    return hostname;
  }

  ClientMessage version(String version) {
    return info(
        207,
        3600000,
        "version '%{version}",
        args().add("version", version).add("hostname", hostname));
  }

  ClientMessage distro(String distro) {
    return info(
        1695, 3600001, "distro %{distro}", args().add("distro", distro).add("hostname", hostname));
  }

  ClientMessage platform(String platform) {
    return info(
        1699,
        3600002,
        "platform %{platform}",
        args().add("platform", platform).add("hostname", hostname));
  }

  /** The reply's OPTIONS line; a legacy reply prints it as the line itself. */
  ClientMessage options(String features) {
    return info(
        213,
        SelfcheckReply.OPTIONS_CODE,
        "OPTIONS features=%{features};hostname=%{hostname};",
        args().add("features", features).add("hostname", hostname));
  }

  /** The DLE asks for another auth than amandad serves with (3600017, then 3600018 or 19). */
  ClientMessage authMismatch(DleRequest dle, String served, String requested) {
    return error(
        606,
        3600017,
        "client configured for auth=%{auth} while server requested '%{auth-requested}'",
        dleArgs(args().add("auth", served).add("auth-requested", requested), dle));
  }

  ClientMessage authHint(DleRequest dle, boolean ssh) {
    return ssh
        ? error(
            614,
            3600018,
            "The auth in ~/.ssh/authorized_keys should be \"--auth=ssh\", or use another auth "
                + "for the DLE",
            dleArgs(args(), dle))
        : error(
            621,
            3600019,
            "The auth in the inetd/xinetd configuration must be the same as the DLE",
            dleArgs(args(), dle));
  }

  /** A {@code //host/share} disk; jamanda has no samba client. */
  ClientMessage noSamba(DleRequest dle) {
    return error(
        857, 3600030, "%{device}: This client is not configured for samba", dleArgs(args(), dle));
  }

  /** An application problem; {@code errstr} says what. */
  ClientMessage application(DleRequest dle, String errstr) {
    return error(
        916,
        3600032,
        "%{device}: Application '%{application}': %{errstr}",
        dleArgs(args().add("application", dle.programName()).add("errstr", errstr), dle));
  }

  ClientMessage cannotRunSupport(DleRequest dle) {
    return error(
        926,
        3600033,
        "%{device}: Application '%{application}': can't run 'support' command",
        dleArgs(args().add("application", dle.programName()), dle));
  }

  // selfcheck.c reports a DIRECTTCP DLE with code 3600034 and the AMANDA text, a slip; jamanda
  // sends the code and text meant for it, at the line of that call.
  ClientMessage noDirectTcp(DleRequest dle) {
    return error(
        948,
        3600035,
        "%{device}: Application '%{application}': doesn't support directtcp data-path",
        dleArgs(args().add("application", dle.programName()), dle));
  }

  ClientMessage noCalcsize(DleRequest dle) {
    return error(
        958,
        3600036,
        "%{device}: Application '%{application}': doesn't support calcsize estimate",
        dleArgs(args().add("application", dle.programName()), dle));
  }

  ClientMessage couldNotAccess(DleRequest dle, Errno errno) {
    return error(
        1323,
        3600051,
        "%{hostname}: Could not %{type} %{disk} (%{device}): %{errnostr}",
        dleArgs(args().errno(errno, EMITTER).add("type", "access"), dle));
  }

  ClientMessage disk(DleRequest dle) {
    return info(1355, 3600052, "%{disk}", dleArgs(args(), dle));
  }

  ClientMessage amdevice(DleRequest dle) {
    return info(1362, 3600053, "%{amdevice}", dleArgs(args().add("amdevice", dle.device()), dle));
  }

  ClientMessage device(DleRequest dle) {
    return info(1370, 3600054, "%{device}", dleArgs(args(), dle));
  }

  ClientMessage dumpNotAvailable() {
    return error(1431, 3600072, "DUMP program not available", args().add("hostname", hostname));
  }

  ClientMessage restoreNotAvailable() {
    return error(1441, 3600073, "RESTORE program not available", args().add("hostname", hostname));
  }

  ClientMessage gnutarNotAvailable() {
    return error(1511, 3600080, "GNUTAR program not available", args().add("hostname", hostname));
  }

  ClientMessage noFilesystemUsage(String dirname, Errno errno) {
    return error(
        1633,
        3600068,
        "cannot get filesystem usage for '%{dirname}: %{errnostr}",
        args().errno(errno, EMITTER).add("dirname", dirname).add("hostname", hostname));
  }

  ClientMessage spaceNone(String dirname, long requiredKb) {
    return error(
        1646,
        3600069,
        "dir '%{dirname}' needs %{size:required}, has nothing available",
        args()
            .add("required", Long.toString(requiredKb))
            .add("dirname", dirname)
            .add("hostname", hostname));
  }

  ClientMessage spaceShort(String dirname, long requiredKb, long availKb) {
    return error(
        1655,
        3600070,
        "dir '%{dirname}' needs %{size:required}, only has %{size:avail} available",
        args()
            .add("required", Long.toString(requiredKb))
            .add("avail", Long.toString(availKb))
            .add("dirname", dirname)
            .add("hostname", hostname));
  }

  ClientMessage spaceOk(String dirname, long availKb) {
    return info(
        1665,
        3600071,
        "dir '%{dirname}' has more than %{size:avail} available",
        args()
            .add("avail", Long.toString(availKb))
            .add("dirname", dirname)
            .add("hostname", hostname));
  }

  /** A client script jamanda cannot run, as a script's error line (4600001; client_util.c). */
  ClientMessage scriptError(String errmsg) {
    return new ClientMessage(
        "client_util.c",
        1179,
        MessageSeverity.ERROR,
        EMITTER,
        4600001,
        args().add("errmsg", errmsg).list(),
        "ERROR %{errmsg}");
  }

  private MessageArguments dleArgs(MessageArguments arguments, DleRequest dle) {
    return arguments.add("hostname", hostname).add("device", dle.device()).add("disk", dle.disk());
  }

  private static MessageArguments args() {
    return new MessageArguments();
  }

  private static ClientMessage info(int line, int code, String template, MessageArguments a) {
    return new ClientMessage(FILE, line, MessageSeverity.INFO, EMITTER, code, a.list(), template);
  }

  private static ClientMessage error(int line, int code, String template, MessageArguments a) {
    return new ClientMessage(FILE, line, MessageSeverity.ERROR, EMITTER, code, a.list(), template);
  }
}
