package org.jamanda.server.catalog;

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
