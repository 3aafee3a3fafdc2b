package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jamanda.common.InputExcerpt;
import org.jamanda.protocol.InputTooLongException;
import org.jamanda.protocol.MalformedPacketException;

/**
 * A small, tolerant reader for the messages Amanda 3.5 sends after {@code MESSAGE JSON}: flat
 * objects whose values are strings, separated by commas, with or without enclosing brackets.
 *
 * <pre>
 *   {
 *     "severity" : "error",
 *     "code" : "3600060",
 *     "message" : "could not access /srv/data (/srv/data): No such file or directory"
 *   },
 *   {
 * </pre>
 *
 * <p>Numbers, {@code true}, {@code false} and {@code null} are kept as their text; a nested object
 * or array is skipped, as nothing amcheck prints comes from one. Escapes follow {@code
 * json_parse_string} in amjson.c: {@code \"}, {@code \\} and {@code \/} give the character, {@code
 * \n}, {@code \t} and the other control escapes stay as written (two characters, so a message stays
 * on one line), and {@code \}{@code uXXXX} gives the character it names. Pure and thread-safe.
 */
public final class JsonMessages {
  /** The longest input read: the largest packet body Amanda's stream transports accept. */
  public static final int MAX_CHARS = 4 * 1024 * 1024;

  private static final String FIELD = "MESSAGE JSON";

  private final String text;
  private int at;

  private JsonMessages(String text) {
    this.text = text;
  }

  /**
   * Reads every object of {@code text}, in order; each maps keys to values in the order written.
   *
   * @throws MalformedPacketException naming the offset and quoting the input where reading stopped
   * @throws InputTooLongException when {@code text} is longer than {@link #MAX_CHARS}
   */
  public static List<Map<String, String>> parse(String text)
      throws MalformedPacketException, InputTooLongException {
    if (text.length() > MAX_CHARS) {
      throw new InputTooLongException("MESSAGE JSON body", text.length(), MAX_CHARS);
    }
    return new JsonMessages(text).objects();
  }

  private List<Map<String, String>> objects() throws MalformedPacketException {
    List<Map<String, String>> objects = new ArrayList<>();
    while (skipSeparators("[],")) {
      if (text.charAt(at) != '{') {
        throw error("expected '{'");
      }
      at++;
      objects.add(object());
    }
    return objects;
  }

  // After the '{': "key" : value pairs until the matching '}'.
  private Map<String, String> object() throws MalformedPacketException {
    Map<String, String> fields = new LinkedHashMap<>();
    while (skipSeparators(",")) {
      char c = text.charAt(at);
      if (c == '}') {
        at++;
        return Collections.unmodifiableMap(fields);
      }
      if (c != '"') {
        throw error("expected a key in quotes or '}'");
      }
      String key = string();
      skipSeparators("");
      if (at >= text.length() || text.charAt(at) != ':') {
        throw error("expected ':' after key \"" + key + "\"");
      }
      at++;
      if (!skipSeparators("")) {
        break;
      }
      value().ifPresent(v -> fields.put(key, v));
    }
    throw error("object not closed with '}'");
  }

  private Optional<String> value() throws MalformedPacketException {
    char c = text.charAt(at);
    if (c == '"') {
      return Optional.of(string());
    }
    if (c == '{' || c == '[') {
      skipNested();
      return Optional.empty();
    }
    int start = at;
    while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    return Optional.of(text.substring(start, at));
  }

  // At the opening quote; leaves the cursor after the closing one.
  private String string() throws MalformedPacketException {
    int start = at++;
    StringBuilder out = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
      } else if (at < text.length()) {
        escape(text.charAt(at++), out);
      }
    }
    at = start;
    throw error("string not closed with '\"'");
  }

  private void escape(char c, StringBuilder out) throws MalformedPacketException {
    switch (c) {
      case '"', '\\', '/' -> out.append(c);
      case 'u' -> out.append(unicode());
      default -> out.append('\\').append(c);
    }
  }

  private char unicode() throws MalformedPacketException {
    if (at + 4 > text.length()) {
      throw error("short \\u escape");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
      at += 4;
      return c;
    } catch (NumberFormatException e) {
      throw error("bad \\u escape");
    }
  }

  // Skips a nested object or array, strings included, up to its closing bracket.
  private void skipNested() throws MalformedPacketException {
    int depth = 0;
    do {
      char c = text.charAt(at);
      if (c == '"') {
        string();
        continue;
      }
      depth += (c == '{' || c == '[') ? 1 : (c == '}' || c == ']') ? -1 : 0;
      at++;
    } while (depth > 0 && at < text.length());
    if (depth > 0) {
      throw error("nested value not closed");
    }
  }

  // Skips white space and the given characters; false at the end of the input.
  private boolean skipSeparators(String also) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (!Character.isWhitespace(c) && also.indexOf(c) < 0) {
        return true;
      }
      at++;
    }
    return false;
  }

  private MalformedPacketException error(String what) {
    return new MalformedPacketException(
        FIELD, "bad JSON message at offset " + at + ": " + what + " in " + InputExcerpt.of(rest()));
  }

  private String rest() {
    return text.substring(Math.min(at, text.length()));
  }
}
