package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.exchange.Reply;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.MalformedPacketException;

/**
 * Reads a client's noop or selfcheck reply as {@code handle_result} in amcheck.c does: {@code
 * OPTIONS} lines give the client's features, {@code ERROR} lines and lines of no known form are
 * problems, {@code OK} lines and JSON messages of severity success or info are printed only with
 * {@code --client-verbose}, and JSON messages of any higher severity are printed and counted.
 *
 * <p>Pure and thread-safe; the output is a {@link ReplyReading}.
 */
final class ReplyReader {
  private final String host;
  private final boolean verbose;
  private final List<CheckMessage> messages = new ArrayList<>();
  private int problems;
  private Optional<Features> features = Optional.empty();
  private boolean hostFailed;
  private boolean hostNamed;

  private ReplyReader(String host, boolean verbose) {
    this.host = host;
    this.verbose = verbose;
  }

  /**
   * @param step the request this reply answers; a NAK's hint names it
   * @param featuresKnown whether the client's features were known before this reply; a NAK that
   *     says noop is unknown is no problem while they are not (a client older than noop)
   */
  static ReplyReading read(
      String host, Reply reply, RequestStep step, boolean featuresKnown, boolean verbose) {
    ReplyReader reader = new ReplyReader(host, verbose);
    for (ClientReply.Line line : ClientReply.parse(reply.body()).lines()) {
      reader.take(line, reply, step, featuresKnown);
    }
    return new ReplyReading(reader.messages, reader.problems, reader.features, reader.hostFailed);
  }

  private void take(ClientReply.Line line, Reply reply, RequestStep step, boolean known) {
    if (line instanceof ClientReply.Options options) {
      options.features().ifPresent(this::takeFeatures);
      return;
    }
    nameHostOnce();
    if (line instanceof ClientReply.Json json) {
      json.messages().forEach(this::takeJson);
    } else if (line instanceof ClientReply.Ok ok) {
      info(ok.text());
    } else if (line instanceof ClientReply.Err error) {
      takeError(error.text(), reply, step, known);
    } else if (line instanceof ClientReply.BadJson bad) {
      problem(host + ": unreadable JSON messages: " + bad.reason(), Optional.empty(), false);
    } else if (line instanceof ClientReply.Unknown unknown) {
      problem(host + ": unknown response: " + unknown.line(), Optional.empty(), true);
    }
  }

  private void takeFeatures(String hex) {
    try {
      features = Optional.of(Features.parse(hex));
    } catch (MalformedPacketException e) {
      problem(
          host + ": bad features value: '" + hex + "'",
          Optional.of("The amfeature in the reply packet is invalid"),
          true);
    }
  }

  // "unknown service: noop" from a client too old for noop is expected, not a problem.
  private void takeError(String text, Reply reply, RequestStep step, boolean featuresKnown) {
    boolean oldClient =
        !featuresKnown
            && reply.isNak()
            && (text.equals("unknown service: noop") || text.equals("noop: invalid service"));
    if (oldClient) {
      return;
    }
    Optional<String> hint =
        reply.isNak()
            ? Optional.of("jamanda: amandad refused " + step.describe() + nakAdvice(text))
            : Optional.empty();
    problem((reply.isNak() ? "NAK " : "") + host + ": " + text, hint, true);
  }

  private static String nakAdvice(String text) {
    if (text.endsWith(" not secure")) {
      return "; it takes requests only from ports below 1024: run amcheck as root or grant it"
          + " CAP_NET_BIND_SERVICE";
    }
    return "";
  }

  private void takeJson(Map<String, String> fields) {
    Severity severity = Severity.ofJson(fields.getOrDefault("severity", ""));
    String text = fields.getOrDefault("message", "(no message text) code " + fields.get("code"));
    CheckMessage message =
        new CheckMessage(
            severity, Optional.of(host), text, Optional.ofNullable(fields.get("hint")));
    if (severity.compareTo(Severity.INFO) > 0) {
      problems++;
      messages.add(message);
    } else if (verbose) {
      messages.add(message);
    }
  }

  private void nameHostOnce() {
    if (verbose && !hostNamed) {
      hostNamed = true;
      info(host);
    }
  }

  private void info(String text) {
    if (verbose) {
      messages.add(new CheckMessage(Severity.INFO, Optional.of(host), text, Optional.empty()));
    }
  }

  private void problem(String text, Optional<String> hint, boolean failsHost) {
    messages.add(new CheckMessage(Severity.ERROR, Optional.empty(), text, hint));
    problems++;
    hostFailed |= failsHost;
  }
}
