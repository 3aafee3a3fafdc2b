package org.jamanda.config.hosts;

/** Case-insensitive comparison of ASCII letters only, as C's strcasecmp does in Amanda. */
final class AsciiCase {
  private AsciiCase() {}

  static boolean equalsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (lower(a.charAt(i)) != lower(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
