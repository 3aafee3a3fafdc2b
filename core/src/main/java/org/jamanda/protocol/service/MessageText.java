package org.jamanda.protocol.service;

/**
 * Turns a {@link ClientMessage}'s template into text ({@code fix_message_string} in ammessage.c)
 * and escapes strings for its JSON form ({@code ammessage_encode_json}). Stateless.
 */
final class MessageText {
  private MessageText() {}

  /** The message's text; with {@code quoted}, arguments are quoted as in legacy reply lines. */
  static String render(ClientMessage message, boolean quoted) {
    String template = message.template();
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '%' && template.startsWith("%%", i)) {
        out.append('%');
        i += 2;
      } else if (c == '%' && template.startsWith("%{", i) && template.indexOf('}', i) > 0) {
        int end = template.indexOf('}', i);
        out.append(placeholder(message, template.substring(i + 2, end), quoted));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String placeholder(ClientMessage message, String name, boolean quoted) {
    int colon = name.indexOf(':');
    if (colon >= 0) {
      String value = message.argument(name.substring(colon + 1)).orElse(null);
      if (value == null) {
        return "NONE";
      }
      return name.startsWith("size:") ? size(value) : "BAD-FORMAT";
    }
    String value = message.argument(name).orElse("NONE");
    boolean errno = name.equals("errnostr") || name.equals("errnocode");
    return quoted && !errno ? QuotedStrings.quote(value) : value;
  }

  // A KiB count in the client's display unit, which jamanda fixes at Amanda's default, KB.
  private static String size(String kib) {
    long value;
    try {
      value = Long.parseLong(kib.trim());
    } catch (NumberFormatException e) {
      value = 0;
    }
    return value + " KB";
  }

  /**
   * Escapes {@code text} for a JSON string as Amanda does: backslash, quote and the C control
   * escapes (including {@code \v}, which strict JSON lacks), other control characters as a
   * backslash, {@code u} and four hex digits; everything else, bytes above 0x7f included, as is.
   */
  static String json(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(escape != null ? escape : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case '\\' -> "\\\\";
      case '"' -> "\\\"";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case 0x0b -> "\\v";
      default -> c < 0x20 ? String.format("\\u%04X", (int) c) : null;
    };
  }
}
