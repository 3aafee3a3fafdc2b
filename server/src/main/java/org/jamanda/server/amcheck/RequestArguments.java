package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.protocol.Feature;
import org.jamanda.protocol.Features;

/**
 * The arguments (everything after the {@code SERVICE} line) of amcheck's two requests, and the
 * complaints about a client too old for what its DLEs ask ({@code start_host} in amcheck.c):
 *
 * <pre>
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=amlab-bsd;config=Lab;
 * &lt;dle&gt;
 * ...
 * </pre>
 *
 * <p>Pure and thread-safe.
 */
final class RequestArguments {
  /**
   * What a selfcheck request carries, or why some DLEs were left out.
   *
   * @param arguments the request's arguments
   * @param dleCount how many DLEs it holds; nothing is sent when 0
   * @param messages complaints about the client or a DLE, each an error
   */
  record Built(String arguments, int dleCount, List<CheckMessage> messages) {
    Built {
      messages = List.copyOf(messages);
    }
  }

  private static final String OLD_CLIENT = "Client might be of a very old version";

  private RequestArguments() {}

  /** The noop request: our features, so the client answers with its own. */
  static String noop(Features ours) {
    return "OPTIONS features=" + ours.format() + ";\n";
  }

  /** The selfcheck request for {@code host}, in the forms {@code theirs} allows. */
  static Built selfcheck(AmcheckHost host, Features theirs, Features ours, String config) {
    List<CheckMessage> messages = new ArrayList<>(missingServices(host.name(), theirs));
    StringBuilder out = new StringBuilder("OPTIONS ");
    option(out, theirs, Feature.FE_REQ_OPTIONS_FEATURES, "features", ours.format());
    option(out, theirs, Feature.FE_REQ_OPTIONS_MAXDUMPS, "maxdumps", "" + host.maxdumps());
    option(out, theirs, Feature.FE_REQ_OPTIONS_HOSTNAME, "hostname", host.name());
    option(out, theirs, Feature.FE_REQ_OPTIONS_CONFIG, "config", config);
    out.append('\n');
    int count = 0;
    for (AmcheckDle dle : host.dles()) {
      Optional<CheckMessage> refusal = refusal(host.name(), dle, theirs);
      if (refusal.isPresent()) {
        messages.add(refusal.get());
        continue;
      }
      boolean xml = theirs.has(Feature.FE_REQ_XML);
      out.append(xml ? DleText.xml(dle, theirs) : DleText.line(dle, theirs));
      count++;
    }
    return new Built(out.toString(), count, messages);
  }

  private static void option(
      StringBuilder out, Features theirs, Feature feature, String key, String value) {
    if (theirs.has(feature)) {
      out.append(key).append('=').append(value).append(';');
    }
  }

  // Amanda prints these but does not count them; a client lacking them fails the run, so
  // jamanda counts them as the errors they are.
  private static List<CheckMessage> missingServices(String host, Features theirs) {
    List<CheckMessage> out = new ArrayList<>();
    missing(
        out,
        host,
        theirs,
        "selfcheck REQ",
        Feature.FE_SELFCHECK_REQ,
        Feature.FE_SELFCHECK_REQ_DEVICE);
    missing(out, host, theirs, "selfcheck REP", Feature.FE_SELFCHECK_REP);
    missing(
        out,
        host,
        theirs,
        "sendsize REQ",
        Feature.FE_SENDSIZE_REQ_OPTIONS,
        Feature.FE_SENDSIZE_REQ_NO_OPTIONS,
        Feature.FE_SENDSIZE_REQ_DEVICE);
    missing(out, host, theirs, "sendsize REP", Feature.FE_SENDSIZE_REP);
    missing(
        out,
        host,
        theirs,
        "sendbackup REQ",
        Feature.FE_SENDBACKUP_REQ,
        Feature.FE_SENDBACKUP_REQ_DEVICE);
    missing(out, host, theirs, "sendbackup REP", Feature.FE_SENDBACKUP_REP);
    return out;
  }

  private static void missing(
      List<CheckMessage> out, String host, Features theirs, String what, Feature... anyOf) {
    for (Feature f : anyOf) {
      if (theirs.has(f)) {
        return;
      }
    }
    out.add(
        CheckMessage.of(
            Severity.ERROR,
            "Client " + host + " does not support " + what + " packet",
            OLD_CLIENT));
  }

  // An application DLE needs both the application API and XML requests.
  private static Optional<CheckMessage> refusal(String host, AmcheckDle dle, Features theirs) {
    if (dle.isBuiltInProgram()) {
      return Optional.empty();
    }
    if (theirs.has(Feature.FE_PROGRAM_APPLICATION_API) && theirs.has(Feature.FE_REQ_XML)) {
      return Optional.empty();
    }
    return Optional.of(
        CheckMessage.of(
            Severity.ERROR,
            host + ":" + dle.disk() + " does not support APPLICATION-API",
            "Dumptype configuration is not GNUTAR or DUMP. It is case sensitive"));
  }
}
