package org.jamanda.common;

/**
 * Renders untrusted input for an error message: single-quoted, control characters escaped, cut to
 * 64 characters with a note of how many were dropped (STYLE §9).
 */
public final class Excerpt {
  /** The most characters of input an error message quotes. */
  public static final int MAX_CHARS = 64;

  private Excerpt() {}

  /** Quotes {@code input} for an error message. */
  public static String of(CharSequence input) {
    int shown = Math.min(input.length(), MAX_CHARS);
    StringBuilder out = new StringBuilder(shown + 24).append('\'');
    for (int i = 0; i < shown; i++) {
      appendEscaped(out, input.charAt(i));
    }
    out.append('\'');
    if (input.length() > shown) {
      out.append(" (").append(input.length() - shown).append(" more characters)");
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\\' -> out.append("\\\\");
      case '\'' -> out.append("\\'");
      default -> {
        if (c < 0x20 || c == 0x7f) {
          out.append(String.format("\\x%02x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }
}
