package org.jamanda.config;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jamanda.config.parse.ConfigException;

/**
 * How one kind of value is read from a statement, printed the way amgetconf prints it, and merged
 * when a section inherits from another: the {@code read_*} function, the case of {@code
 * val_t_display_strs} and the case of {@code merge_val_t} in conffile.c for one {@code conftype_t}.
 *
 * <p>Immutable.
 */
final class ValueType<T> {
  /** Reads the value that follows a keyword. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ValueReader<T> in) throws ConfigException;
  }

  /** What a section's value becomes when it inherits {@code parent}'s value. */
  @FunctionalInterface
  interface Merger<T> {
    T inherit(T own, T parent, ReadContext context);
  }

  private final Reader<T> reader;
  private final Function<T, List<String>> display;
  private final Merger<T> merger;
  private final Predicate<T> inheritMarksSeen;
  private final boolean takesBlock;
  private final boolean readMarksSeen;

  private ValueType(
      Reader<T> reader,
      Function<T, List<String>> display,
      Merger<T> merger,
      Predicate<T> inheritMarksSeen,
      boolean takesBlock,
      boolean readMarksSeen) {
    this.reader = reader;
    this.display = display;
    this.merger = merger;
    this.inheritMarksSeen = inheritMarksSeen;
    this.takesBlock = takesBlock;
    this.readMarksSeen = readMarksSeen;
  }

  /** A type whose inherited value replaces the section's own, as for most types. */
  static <T> ValueType<T> of(Reader<T> reader, Function<T, List<String>> display) {
    return new ValueType<>(
        reader, display, (own, parent, context) -> parent, own -> true, false, true);
  }

  /** A type printed as one line. */
  static <T> ValueType<T> single(Reader<T> reader, Function<T, String> display) {
    return of(reader, value -> List.of(display.apply(value)));
  }

  /**
   * This type, merging inherited values with {@code newMerger}. {@code marksSeen} tells, from the
   * section's own value, whether the merged value counts as set in the section: Amanda's {@code
   * merge_val_t} leaves lists unset and property lists unset unless they were empty.
   */
  ValueType<T> inheriting(Merger<T> newMerger, Predicate<T> marksSeen) {
    return new ValueType<>(reader, display, newMerger, marksSeen, takesBlock, readMarksSeen);
  }

  /** This type, allowed to be followed by a block (an anonymous definition). */
  ValueType<T> withBlock() {
    return new ValueType<>(reader, display, merger, inheritMarksSeen, true, readMarksSeen);
  }

  /**
   * This type, leaving values it reads counted as unset, so that sections inheriting from this one
   * do not get them: what Amanda's {@code read_rate} does (it copies a {@code seen} field that is
   * never filled in).
   */
  ValueType<T> neverSet() {
    return new ValueType<>(reader, display, merger, inheritMarksSeen, takesBlock, false);
  }

  T read(ValueReader<T> in) throws ConfigException {
    return reader.read(in);
  }

  List<String> display(T value) {
    return display.apply(value);
  }

  T inherit(T own, T parent, ReadContext context) {
    return merger.inherit(own, parent, context);
  }

  boolean inheritMarksSeen(T own) {
    return inheritMarksSeen.test(own);
  }

  boolean readMarksSeen() {
    return readMarksSeen;
  }

  boolean takesBlock() {
    return takesBlock;
  }
}
