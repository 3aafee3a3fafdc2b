package org.jamanda.server.amcheck;

import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.jamanda.exchange.ExchangeTimeoutException;

/**
 * Turns a request that got no answer into amcheck's line, in Amanda's words ({@code "%{hostname}:
 * selfcheck request failed: %{errstr}"}, code 2800206, whichever request failed), with jamanda's
 * diagnosis as the hint below it: which step failed and the likely causes.
 */
final class FailureDiagnosis {
  private FailureDiagnosis() {}

  /**
   * @param localPort the UDP port replies come back to
   * @param replyTimeout how long a REP was awaited after the ACK ({@code ctimeout})
   */
  static CheckMessage requestFailed(
      String host, RequestStep step, Throwable cause, int localPort, Duration replyTimeout) {
    String errstr = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    String hint;
    if (cause instanceof ExchangeTimeoutException timeout) {
      hint = timeoutHint(step, timeout, localPort, replyTimeout);
    } else {
      hint = "jamanda: " + step.describe() + " could not be sent: " + errstr;
    }
    return failed(host, errstr, hint);
  }

  /** The host name did not resolve; Amanda words it as {@code resolve_hostname(h): reason}. */
  static CheckMessage unresolved(String host, UnknownHostException cause) {
    String reason = cause.getMessage() == null ? "unknown host" : cause.getMessage();
    if (reason.startsWith(host + ": ")) {
      reason = reason.substring(host.length() + 2);
    }
    return failed(
        host,
        "resolve_hostname(" + host + "): " + reason,
        "jamanda: the name has no address here; check DNS or /etc/hosts on the tape server");
  }

  private static CheckMessage failed(String host, String errstr, String hint) {
    return new CheckMessage(
        Severity.ERROR,
        Optional.empty(),
        host + ": selfcheck request failed: " + errstr,
        Optional.of(hint));
  }

  private static String timeoutHint(
      RequestStep step, ExchangeTimeoutException timeout, int localPort, Duration replyTimeout) {
    int port = step.peer().getPort();
    return switch (timeout.phase()) {
      case ACK ->
          String.format(
              "jamanda: %s was sent %d times and never acknowledged: amandad is not running"
                  + " there, or UDP port %d is blocked on the way to it",
              step.describe(), timeout.sends(), port);
      case REP, REP_ACK ->
          String.format(
              "jamanda: amandad acknowledged %s but sent no reply within %d s (ctimeout): the"
                  + " service hangs on the client, or replies to UDP port %d are blocked on the"
                  + " way back",
              step.describe(), replyTimeout.toSeconds(), localPort);
    };
  }
}
