package org.jamanda.server.catalog;

/**
 * Turns host and disk names into single path components, as Amanda does for the curinfo and index
 * directories. Stateless and thread-safe.
 *
 * <pre>
 * /srv/amanda-lab/data/tcp   becomes  _srv_amanda-lab_data_tcp
 * C:\Users                   becomes  C__Users
 * </pre>
 */
public final class SafeNames {
  private SafeNames() {}

  /**
   * Replaces every {@code /}, {@code :} and {@code \} with {@code _} and keeps everything else
   * (spaces and dots included), as {@code sanitise_filename} in {@code common-src/file.c}.
   */
  public static String sanitise(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(c == '/' || c == ':' || c == '\\' ? '_' : c);
    }
    return out.toString();
  }

  /**
   * The sanitising of Amanda before 2.4: doubles every {@code _}, then turns {@code /} into {@code
   * _}, as {@code old_sanitise_filename}; amindexd still looks for index files under these names.
   */
  public static String sanitiseOld(String name) {
    StringBuilder out = new StringBuilder(name.length() * 2);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        out.append('_');
      }
      out.append(c == '/' ? '_' : c);
    }
    return out.toString();
  }
}
