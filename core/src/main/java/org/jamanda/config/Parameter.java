package org.jamanda.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One keyword of a configuration section, such as {@code inparallel} or a dumptype's {@code
 * compress}: its name, the type of its value, the rules that value must follow, and its default.
 * One row of the {@code conf_var_t} tables in Amanda's conffile.c.
 *
 * <p>The constants of {@link GlobalParameters}, {@link ClientParameters}, {@link
 * DumptypeParameters} and their siblings are the public instances; use them to read values from a
 * {@link Section}. Immutable.
 */
public final class Parameter<T> {
  private final String name;
  private final ValueType<T> type;
  private final boolean kibibytes;
  private final List<Check<? super T>> checks;
  private final Function<Path, T> defaults;

  private Parameter(
      String name,
      ValueType<T> type,
      boolean kibibytes,
      List<Check<? super T>> checks,
      Function<Path, T> defaults) {
    this.name = name;
    this.type = type;
    this.kibibytes = kibibytes;
    this.checks = List.copyOf(checks);
    this.defaults = defaults;
  }

  static <T> Parameter<T> of(String name, ValueType<T> type, T defaultValue) {
    return new Parameter<>(name, type, false, List.of(), root -> defaultValue);
  }

  /** A parameter whose default depends on the configuration root ({@code CONFIG_DIR}). */
  static <T> Parameter<T> rooted(String name, ValueType<T> type, Function<Path, T> defaults) {
    return new Parameter<>(name, type, false, List.of(), defaults);
  }

  /** This parameter, counting in kibibytes: Amanda's {@code CONF_UNIT_K}. */
  Parameter<T> inKibibytes() {
    return new Parameter<>(name, type, true, checks, defaults);
  }

  Parameter<T> check(Check<? super T> check) {
    List<Check<? super T>> more = new ArrayList<>(checks);
    more.add(check);
    return new Parameter<>(name, type, kibibytes, more, defaults);
  }

  /** The keyword as Amanda's manual spells it, such as {@code reserved-udp-port}. */
  public String name() {
    return name;
  }

  /**
   * True when plain numbers count kibibytes and a {@code b}/{@code bytes} suffix divides by 1024,
   * as for {@code netusage} or a tapetype's {@code length}.
   */
  public boolean isInKibibytes() {
    return kibibytes;
  }

  /** The value when the files do not set it, for a configuration under {@code configRoot}. */
  public T defaultFor(Path configRoot) {
    return defaults.apply(configRoot);
  }

  ValueType<T> type() {
    return type;
  }

  /** Runs the checks in order; the first problem found, or the (maybe adjusted) value. */
  Checked<T> validate(T value) {
    T current = value;
    for (Check<? super T> check : checks) {
      Optional<String> problem = check.problem(current);
      if (problem.isPresent()) {
        return new Checked<>(current, problem);
      }
      current = adjust(check, current);
    }
    return new Checked<>(current, Optional.empty());
  }

  /** The value as amgetconf prints it, one string per line. */
  List<String> display(Object value) {
    return type.display(cast(value));
  }

  @SuppressWarnings("unchecked") // values are stored by parameter, so the type always matches
  T cast(Object value) {
    return (T) value;
  }

  @SuppressWarnings("unchecked") // a Check<? super T> adjusts a T into a T
  private T adjust(Check<? super T> check, T value) {
    return (T) ((Check<Object>) check).adjust(value);
  }

  @Override
  public String toString() {
    return name;
  }

  /** A value after the checks, with the first problem found if any. */
  record Checked<T>(T value, Optional<String> problem) {}
}
