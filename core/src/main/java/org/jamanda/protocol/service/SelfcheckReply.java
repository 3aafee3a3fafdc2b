package org.jamanda.protocol.service;

import java.util.List;
import java.util.Objects;

/**
 * The REP body of a selfcheck, in the form the requester reads (selfcheck.c, {@code
 * selfcheck_print_message}). Immutable.
 *
 * <p>With {@code fe_selfcheck_message}, {@code MESSAGE JSON} and then the messages' JSON objects
 * separated by {@code ,\n}, with no enclosing brackets and no final newline:
 *
 * <pre>
 * MESSAGE JSON
 *   {
 *     "source_filename" : "selfcheck.c",
 *     ...
 *     "message" : "version '3.5.1"
 *   },
 *   {
 *     ...
 *   }
 * </pre>
 *
 * <p>Without it, one line per message: {@code OK <text>} for information, {@code ERROR [<text>]}
 * for errors, the bare text for other severities, and the options message (code {@value
 * #OPTIONS_CODE}) as the {@code OPTIONS features=...;hostname=...;} line itself; arguments are
 * quoted as Amanda quotes words:
 *
 * <pre>
 * OK version '3.5.1
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;hostname=localhost;
 * ERROR [localhost: Could not access /srv/x (/srv/x): No such file or directory]
 * </pre>
 *
 * @param json true for the {@code MESSAGE JSON} form
 * @param lines what to report, in order
 */
public record SelfcheckReply(boolean json, List<Line> lines) {
  /** The message that stands for the reply's OPTIONS line. */
  public static final int OPTIONS_CODE = 3600004;

  /** One thing a selfcheck reports. */
  public sealed interface Line permits Message, Raw {}

  /** A client message, formatted in the reply's form. */
  public record Message(ClientMessage message) implements Line {
    public Message {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * A line Amanda prints as is, whatever the form, such as {@code ERROR [unknown option: x]} from
   * its legacy options parser.
   */
  public record Raw(String text) implements Line {
    public Raw {
      Objects.requireNonNull(text, "text");
    }
  }

  public SelfcheckReply {
    lines = List.copyOf(lines);
  }

  /** The REP body. */
  public String format() {
    StringBuilder out = new StringBuilder(lines.size() * 400 + 16);
    if (json) {
      out.append("MESSAGE JSON\n");
    }
    boolean first = true;
    for (Line line : lines) {
      if (line instanceof Raw raw) {
        out.append(raw.text()).append('\n');
      } else if (json) {
        out.append(first ? "" : ",\n").append(((Message) line).message().formatJson());
        first = false;
      } else {
        out.append(legacyLine(((Message) line).message())).append('\n');
      }
    }
    return out.toString();
  }

  private static String legacyLine(ClientMessage message) {
    if (message.code() == OPTIONS_CODE) {
      return message.quotedText();
    }
    return switch (message.severity()) {
      case INFO -> "OK " + message.quotedText();
      case ERROR -> "ERROR [" + message.quotedText() + "]";
      default -> message.text();
    };
  }

  /** The number of messages of {@code severity}. */
  public long count(MessageSeverity severity) {
    return lines.stream()
        .filter(l -> l instanceof Message m && m.message().severity() == severity)
        .count();
  }
}
