package org.jamanda.daemon.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The distribution and platform a selfcheck reports, as {@code lsb_release --id} and {@code
 * --description} give them: read from os-release, the distribution is the first word of {@code
 * NAME} ({@code Debian}) and the platform is {@code PRETTY_NAME} ({@code Debian GNU/Linux 12
 * (bookworm)}); {@code Unknown} when missing, as Amanda says. Immutable.
 *
 * @param distro the distribution's name
 * @param platform the release's full name
 */
record ClientPlatform(String distro, String platform) {
  private static final String UNKNOWN = "Unknown";

  /** Reads an os-release file; a missing or unreadable file gives {@code Unknown}. */
  static ClientPlatform read(Path osRelease) {
    Map<String, String> fields = new HashMap<>();
    try {
      for (String line : Files.readAllLines(osRelease, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          fields.put(line.substring(0, eq).trim(), unquote(line.substring(eq + 1).trim()));
        }
      }
    } catch (IOException e) {
      // Amanda reports Unknown when it finds no release information; so does jamanda.
      return new ClientPlatform(UNKNOWN, UNKNOWN);
    }
    String name = fields.getOrDefault("NAME", fields.getOrDefault("ID", "")).trim();
    String distro = name.isEmpty() ? UNKNOWN : name.split("\\s+", -1)[0];
    String platform = fields.getOrDefault("PRETTY_NAME", "").trim();
    return new ClientPlatform(
        WireText.of(distro), WireText.of(platform.isEmpty() ? UNKNOWN : platform));
  }

  private static String unquote(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.charAt(0) == '"' || value.charAt(0) == '\'')
            && value.charAt(value.length() - 1) == value.charAt(0);
    return quoted ? value.substring(1, value.length() - 1) : value;
  }
}
