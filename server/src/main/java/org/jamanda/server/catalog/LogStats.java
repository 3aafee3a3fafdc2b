package org.jamanda.server.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bracketed {@code [key value ...]} statistics that end SUCCESS, PART, DONE and STATS lines,
 * e.g. {@code [sec 0.047 kb 1030 kps 21662.8 orig-kb 1030]}. Values keep their text, because each
 * Amanda program prints numbers with its own precision and the log must round-trip byte for byte.
 * Immutable.
 */
public record LogStats(List<Field> fields) {
  /** One {@code key value} pair. */
  public record Field(String key, String value) {}

  public LogStats {
    fields = List.copyOf(fields);
  }

  /**
   * Statistics from alternating keys and values, e.g. {@code of("sec", "0.047", "kb", "1030")};
   * values are written as given, so callers format numbers as the Amanda program they stand in for.
   */
  public static LogStats of(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "a value is missing for key " + keysAndValues[keysAndValues.length - 1]);
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.add(new Field(keysAndValues[i], keysAndValues[i + 1]));
    }
    return new LogStats(fields);
  }

  /** The text of {@code key}'s value, if present. */
  public Optional<String> value(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).map(Field::value).findFirst();
  }

  /** {@code key}'s value as a number; empty when absent. */
  public Optional<Double> number(String key) {
    return value(key).map(Double::valueOf);
  }

  /** The bracketed text, e.g. {@code [sec 1 nkb 1062]}. */
  public String format() {
    StringBuilder out = new StringBuilder("[");
    for (Field field : fields) {
      if (out.length() > 1) {
        out.append(' ');
      }
      out.append(field.key()).append(' ').append(field.value());
    }
    return out.append(']').toString();
  }
}
