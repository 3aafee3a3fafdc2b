package org.jamanda.daemon.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code MESSAGE JSON} selfcheck reply, jamanda's or Amanda's, into one ordered map per
 * message. It relies on Amanda's layout (one {@code "key" : "value"} per line), which is what the
 * tests pin; string escapes are left as they are.
 */
final class JsonMessages {
  private static final Pattern FIELD = Pattern.compile("^\\s*\"([^\"]+)\" : \"(.*)\",?$");

  private JsonMessages() {}

  static List<Map<String, String>> parse(String reply) {
    if (!reply.startsWith("MESSAGE JSON\n")) {
      throw new AssertionError("not a MESSAGE JSON reply: " + reply);
    }
    List<Map<String, String>> messages = new ArrayList<>();
    Map<String, String> current = null;
    for (String line : reply.substring(13).split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.equals("{")) {
        current = new LinkedHashMap<>();
      } else if (trimmed.startsWith("}")) {
        messages.add(current);
        current = null;
      } else {
        Matcher m = FIELD.matcher(line);
        if (current == null || !m.matches()) {
          throw new AssertionError("unexpected line in a JSON reply: '" + line + "'");
        }
        current.put(m.group(1), m.group(2));
      }
    }
    return messages;
  }

  /** The codes of the messages, in order. */
  static List<String> codes(String reply) {
    return parse(reply).stream().map(m -> m.get("code")).toList();
  }

  /** The text of each message, prefixed by its severity: {@code error: ...}. */
  static List<String> texts(String reply) {
    return parse(reply).stream().map(m -> m.get("severity") + ": " + m.get("message")).toList();
  }
}
