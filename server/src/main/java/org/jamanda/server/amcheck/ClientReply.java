package org.jamanda.server.amcheck;

import java.net.ProtocolException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of a noop or selfcheck reply (or of a NAK), split into the lines amcheck tells apart
 * ({@code handle_result} in amcheck.c). Two dialects exist: Amanda 3.5 clients that know the
 * server's {@code fe_selfcheck_message} answer with {@code MESSAGE JSON} and JSON objects; older
 * clients, or requests without features, get one line per finding:
 *
 * <pre>
 * OK version '3.5.1
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;hostname=localhost;
 * ERROR [unknown option: auth=bsdtcp]
 * OK /srv/amanda-lab/data/classic
 * </pre>
 *
 * <p>Everything after a {@code MESSAGE JSON} line belongs to the JSON messages. Empty lines are
 * skipped. Immutable.
 *
 * @param lines the lines in the order received
 */
public record ClientReply(List<Line> lines) {
  public ClientReply {
    lines = List.copyOf(lines);
  }

  /** One line of a reply. */
  public sealed interface Line {}

  /**
   * {@code OPTIONS ...}; {@code features} is the value of {@code features=}, if present.
   *
   * @param features the hex string as sent, unchecked
   */
  public record Options(Optional<String> features) implements Line {}

  /** {@code OK <text>}: a check that passed. */
  public record Ok(String text) implements Line {}

  /** {@code ERROR <text>}: a check that failed, or the reason of a NAK. */
  public record Err(String text) implements Line {}

  /** The messages after {@code MESSAGE JSON}, each a map of its fields. */
  public record Json(List<Map<String, String>> messages) implements Line {
    public Json {
      messages = List.copyOf(messages);
    }
  }

  /** JSON messages that could not be read. */
  public record BadJson(String reason) implements Line {}

  /** A line of neither form; amcheck reports it as an unknown response. */
  public record Unknown(String line) implements Line {}

  private static final String JSON_MARK = "MESSAGE JSON";

  /** Splits {@code body} into lines. Never fails: what cannot be read becomes a line saying so. */
  public static ClientReply parse(String body) {
    List<Line> lines = new ArrayList<>();
    int at = 0;
    while (at < body.length()) {
      int end = body.indexOf('\n', at);
      String line = end < 0 ? body.substring(at) : body.substring(at, end);
      int next = end < 0 ? body.length() : end + 1;
      if (line.startsWith(JSON_MARK)) {
        lines.add(json(body.substring(Math.min(at + JSON_MARK.length() + 1, body.length()))));
        break;
      }
      if (!line.isEmpty()) {
        lines.add(line(line));
      }
      at = next;
    }
    return new ClientReply(lines);
  }

  private static Line line(String line) {
    if (line.startsWith("OPTIONS ")) {
      return new Options(featuresOf(line));
    }
    if (line.startsWith("OK ")) {
      return new Ok(line.substring(3));
    }
    if (line.startsWith("ERROR ")) {
      return new Err(line.substring(6).stripLeading());
    }
    return new Unknown(line);
  }

  // As amcheck.c: "features=" must follow a space or a semicolon, and ends at the next ';'.
  private static Optional<String> featuresOf(String line) {
    int from = 0;
    while (true) {
      int at = line.indexOf("features=", from);
      if (at < 0) {
        return Optional.empty();
      }
      char before = line.charAt(at - 1);
      if (before == ' ' || before == ';') {
        int end = line.indexOf(';', at);
        return Optional.of(line.substring(at + 9, end < 0 ? line.length() : end));
      }
      from = at + 1;
    }
  }

  private static Line json(String text) {
    try {
      return new Json(JsonMessages.parse(text));
    } catch (ProtocolException e) {
      return new BadJson(e.getMessage());
    }
  }
}
