package org.jamanda.config;

import java.util.Optional;

/**
 * A rule a parameter's value must follow, run right after the value is read: one of the {@code
 * validate_*} functions of conffile.c. Some also adjust the value, as Amanda's do (rounding a
 * holding disk's size down to whole blocks, for instance).
 */
@FunctionalInterface
interface Check<T> {
  /** What is wrong with {@code value} ("must be positive"), or empty when it is fine. */
  Optional<String> problem(T value);

  /** The value to keep; called only when {@link #problem} found nothing. */
  default T adjust(T value) {
    return value;
  }
}
