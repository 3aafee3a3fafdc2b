package org.jamanda.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jamanda.common.InputExcerpt;

/**
 * The {@code OPTIONS} line of a request or reply: {@code key=value} pairs, each ended by a
 * semicolon, in the order they were written.
 *
 * <pre>
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=localhost;config=Lab;
 * </pre>
 *
 * <p>Keys this class does not know are kept and formatted back; readers ignore them, for forward
 * compatibility. Immutable.
 */
public final class Options {
  private final Map<String, String> values;

  private Options(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Options with the given pairs, in iteration order. */
  public static Options of(Map<String, String> values) {
    return new Options(values);
  }

  /**
   * Parses an options line, with or without its leading {@code OPTIONS } and trailing newline. A
   * pair without {@code =} (Amanda 2's bare flags such as {@code index}) maps to an empty value.
   */
  public static Options parse(String line) throws MalformedPacketException {
    String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    if (text.startsWith(ProtocolTokens.OPTIONS + " ")) {
      text = text.substring(ProtocolTokens.OPTIONS.length() + 1);
    }
    if (text.indexOf('\n') >= 0) {
      throw new MalformedPacketException("OPTIONS", "options span lines: " + InputExcerpt.of(line));
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : text.split(";", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      values.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
    }
    return new Options(values);
  }

  /** The value of {@code key}, if present. */
  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The peer's features; absent when the line has none (an Amanda 2.4 peer). */
  public Optional<Features> features() throws MalformedPacketException {
    Optional<String> hex = value(ProtocolTokens.FEATURES);
    return hex.isPresent() ? Optional.of(Features.parse(hex.get())) : Optional.empty();
  }

  /** All pairs in order. */
  public Map<String, String> asMap() {
    return values;
  }

  /** The line as written on the wire, with {@code OPTIONS } and the newline. */
  public String format() {
    StringBuilder out = new StringBuilder(ProtocolTokens.OPTIONS).append(' ');
    values.forEach((k, v) -> out.append(k).append(v.isEmpty() ? "" : "=" + v).append(';'));
    return out.append('\n').toString();
  }
}
