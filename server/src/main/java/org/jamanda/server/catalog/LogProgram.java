package org.jamanda.server.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The second word of a run log line: the program that wrote it, as {@code program_str} in {@code
 * server-src/logfile.c}. {@link #wireName()} gives the spelling in the file.
 */
public enum LogProgram {
  PLANNER,
  DRIVER,
  AMREPORT,
  DUMPER,
  CHUNKER,
  TAPER,
  AMFLUSH,
  AMDUMP,
  AMIDXTAPED,
  AMFETCHDUMP,
  AMCHECKDUMP,
  AMVAULT,
  AMCLEANUP,
  AMBACKUPD,
  AMTRMIDX,
  AMTRMLOG;

  /** The program's name as written in the log, e.g. {@code planner}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The program written {@code word}, if Amanda knows it. */
  public static Optional<LogProgram> tryParse(String word) {
    for (LogProgram program : values()) {
      if (program.wireName().equals(word)) {
        return Optional.of(program);
      }
    }
    return Optional.empty();
  }
}
