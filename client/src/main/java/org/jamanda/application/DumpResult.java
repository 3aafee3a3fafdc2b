package org.jamanda.application;

import java.util.List;

/**
 * What one GNU tar dump produced besides its archive: the index, tar's messages and the byte
 * counts. Immutable.
 *
 * @param index the archived paths in Amanda's index form ({@code /}, {@code /sub/}, {@code /file}),
 *     in the order tar wrote them
 * @param state the STATE stream lines, {@code <offset in 512-byte tar blocks> <index path>}, which
 *     let a restore seek to one file
 * @param messages tar's other stderr lines, e.g. {@code Total bytes written: ...}, to be sent as
 *     MESG {@code |} lines
 * @param totalBytes the byte count tar reported with {@code --totals}
 * @param streamedBytes the bytes actually copied to the caller's stream
 */
public record DumpResult(
    List<String> index,
    List<String> state,
    List<String> messages,
    long totalBytes,
    long streamedBytes) {
  /** Copies the lists. */
  public DumpResult {
    index = List.copyOf(index);
    state = List.copyOf(state);
    messages = List.copyOf(messages);
  }

  /** The dump size in KiB, rounded up, as {@code sendbackup: size} reports it. */
  public long sizeKiB() {
    return (totalBytes + 1023) / 1024;
  }
}
