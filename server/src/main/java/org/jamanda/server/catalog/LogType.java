package org.jamanda.server.catalog;

import java.util.Optional;

/**
 * The first word of a run log line, as {@code logtype_str} in {@code server-src/logfile.c} lists
 * them. Constants are spelled as in the file.
 */
public enum LogType {
  BOGUS,
  FATAL,
  ERROR,
  WARNING,
  INFO,
  SUMMARY,
  START,
  FINISH,
  DISK,
  DONE,
  PART,
  PARTPARTIAL,
  SUCCESS,
  PARTIAL,
  FAIL,
  STRANGE,
  CHUNK,
  CHUNKSUCCESS,
  STATS,
  CONT,
  RETRY,
  MARKER;

  /** The type spelled {@code word}, if Amanda knows it. */
  public static Optional<LogType> tryParse(String word) {
    for (LogType type : values()) {
      if (type.name().equals(word)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
