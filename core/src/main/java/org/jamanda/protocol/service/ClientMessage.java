package org.jamanda.protocol.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message a client program reports, as Amanda 3.5's {@code message_t} (ammessage.c): a numbered
 * code, a severity, its named arguments in order, and the template its text is made from. The
 * {@code source_filename} and {@code source_line} are where Amanda 3.5.1 (Debian's build) emits
 * this message, so the fields match Amanda's output; they do not point into jamanda. Immutable.
 *
 * <pre>
 *   {
 *     "source_filename" : "selfcheck.c",
 *     "source_line" : "207",
 *     "severity" : "info",
 *     "process" : "selfcheck",
 *     "running_on" : "amanda-client",
 *     "component" : "amanda",
 *     "module" : "amanda",
 *     "code" : "3600000",
 *     "version" : "3.5.1",
 *     "hostname" : "localhost",
 *     "message" : "version '3.5.1"
 *   }
 * </pre>
 *
 * <p>Templates name arguments as {@code %{name}}; {@code %{size:name}} formats a KiB count as
 * {@code N KB}; {@code %%} is a percent sign. The arguments {@code merrno}, {@code errnocode} and
 * {@code errnostr} carry an errno where Amanda puts it, and {@code %{errnostr}} is never quoted.
 *
 * @param sourceFile Amanda's source file that emits this message
 * @param sourceLine the line in that file
 * @param severity how serious it is
 * @param emitter the program it speaks for
 * @param code Amanda's message number, e.g. 3600000
 * @param arguments the named values, in the order Amanda writes them
 * @param template the text with {@code %{name}} placeholders
 */
public record ClientMessage(
    String sourceFile,
    int sourceLine,
    MessageSeverity severity,
    MessageEmitter emitter,
    int code,
    List<Argument> arguments,
    String template) {
  /** A named value of a message. */
  public record Argument(String key, String value) {
    public Argument {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  public ClientMessage {
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(emitter, "emitter");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(template, "template");
  }

  /** The value of the argument {@code key}, if the message has it. */
  public Optional<String> argument(String key) {
    for (Argument a : arguments) {
      if (a.key().equals(key)) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }

  /** The text, as in the JSON {@code "message"} field. */
  public String text() {
    return MessageText.render(this, false);
  }

  /** The text with each argument quoted as Amanda quotes words, as in legacy reply lines. */
  public String quotedText() {
    return MessageText.render(this, true);
  }

  /** The JSON object, indented as Amanda writes it, without a separator before or after. */
  public String formatJson() {
    StringBuilder out = new StringBuilder(512).append("  {\n");
    field(out, "source_filename", sourceFile);
    field(out, "source_line", Integer.toString(sourceLine));
    field(out, "severity", severity.wireName());
    field(out, "process", emitter.process());
    field(out, "running_on", emitter.runningOn());
    field(out, "component", emitter.component());
    field(out, "module", emitter.module());
    field(out, "code", Integer.toString(code));
    for (Argument a : arguments) {
      field(out, a.key(), a.value());
    }
    out.append("    \"message\" : \"").append(MessageText.json(text())).append("\"\n  }");
    return out.toString();
  }

  private static void field(StringBuilder out, String key, String value) {
    out.append("    \"")
        .append(MessageText.json(key))
        .append("\" : \"")
        .append(MessageText.json(value))
        .append("\",\n");
  }
}
