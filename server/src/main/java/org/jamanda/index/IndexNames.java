package org.jamanda.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** Small naming rules shared by the index files. Stateless. */
final class IndexNames {
  /** Byte order of UTF-8 text, as {@code sort} under the C locale orders index lines. */
  static final Comparator<String> BYTE_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private IndexNames() {}

  /**
   * The datestamp's digits only, at most 14, as {@code amindex.c} copies it: {@code 2026-12-03
   * 16:25:52} becomes {@code 20261203162552}.
   */
  static String datestamp(String datestamp) {
    StringBuilder out = new StringBuilder(14);
    for (int i = 0; i < datestamp.length() && out.length() < 14; i++) {
      char c = datestamp.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
