package org.jamanda.common;

/**
 * Renders a piece of bad input for an error message: single-quoted, control characters escaped, and
 * cut to {@value #LIMIT} characters saying how many were dropped (STYLE.md §9).
 *
 * <pre>
 * 'compres'
 * 'line one\nline two'
 * 'aaaaaaaa' (120 more characters)
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class InputExcerpt {
  /** The most characters of input an excerpt shows. */
  public static final int LIMIT = 64;

  private InputExcerpt() {}

  /** {@code input} quoted for a message. */
  public static String of(String input) {
    int shown = Math.min(input.length(), LIMIT);
    StringBuilder out = new StringBuilder(shown + 2).append('\'');
    for (int i = 0; i < shown; i++) {
      appendEscaped(out, input.charAt(i));
    }
    out.append('\'');
    int dropped = input.length() - shown;
    if (dropped > 0) {
      out.append(" (").append(dropped).append(" more characters)");
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      case '\r' -> out.append("\\r");
      default -> {
        if (c < ' ' || c == 0x7f) {
          out.append(String.format("\\x%02x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }
}
