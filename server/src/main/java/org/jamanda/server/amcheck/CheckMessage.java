package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of amcheck's report, rendered as Amanda renders it: a prefix for the severity, the
 * text, and an optional hint on the next line, indented to line up with the text.
 *
 * <pre>
 * ERROR: db1: selfcheck request failed: timeout waiting for ACK
 *        jamanda: the noop request got no ACK from 192.0.2.7:10080 ...
 * HOST db1 ERROR: could not access /srv/data (/srv/data): No such file or directory
 * </pre>
 *
 * <p>Immutable.
 *
 * @param severity how serious it is
 * @param host the client the message came from, for the {@code HOST h ...:} prefix; empty for the
 *     server's own messages
 * @param text the message
 * @param hint advice printed below it, if any
 */
public record CheckMessage(
    Severity severity, Optional<String> host, String text, Optional<String> hint) {
  public CheckMessage {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hint, "hint");
  }

  /** A server-side message without hint. */
  public static CheckMessage of(Severity severity, String text) {
    return new CheckMessage(severity, Optional.empty(), text, Optional.empty());
  }

  /** A server-side message with a hint. */
  public static CheckMessage of(Severity severity, String text, String hint) {
    return new CheckMessage(severity, Optional.empty(), text, Optional.of(hint));
  }

  /** A plain line: no prefix, no hint, never a problem. */
  public static CheckMessage plain(String text) {
    return of(Severity.MESSAGE, text);
  }

  /** The lines amcheck prints for this message. */
  public List<String> lines() {
    String prefix = host.map(severity::prefix).orElse(severity.prefix());
    List<String> lines = new ArrayList<>(2);
    lines.add(prefix + text);
    hint.ifPresent(h -> lines.add(" ".repeat(Math.max(prefix.length(), 1)) + h));
    return lines;
  }

  /** Writes {@link #lines()} to {@code reporter}. */
  public void printTo(Reporter reporter) {
    lines().forEach(reporter::println);
  }
}
