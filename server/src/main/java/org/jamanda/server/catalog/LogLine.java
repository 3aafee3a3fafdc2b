package org.jamanda.server.catalog;

import java.util.List;
import org.jamanda.common.Quoting;

/**
 * One line of a run log, {@code <TYPE> <program> <text>}, as a typed record. Host and disk names
 * hold their unquoted values and are quoted on output as Amanda's {@code quote_string} does.
 * Records are immutable; {@link #format()} gives the line without its newline.
 *
 * <pre>
 * DISK planner amlab-bsd /srv/amanda-lab/data/bsd
 * FAIL driver db1 "/srv/my data" 20261203162552 0 [can't dump in non degraded mode]
 * </pre>
 */
public sealed interface LogLine {
  LogType type();

  LogProgram program();

  /** The line as Amanda writes it, without the trailing newline. */
  String format();

  /** {@code START <program> date|datestamp <ts> [<rest>]}; taper adds storage, pool and label. */
  record Start(LogProgram program, String dateKeyword, String datestamp, String rest)
      implements LogLine {
    @Override
    public LogType type() {
      return LogType.START;
    }

    @Override
    public String format() {
      String head = lead(this) + dateKeyword + " " + datestamp;
      return rest.isEmpty() ? head : head + " " + rest;
    }
  }

  /** {@code FINISH <program> date <ts> time <seconds>}. */
  record Finish(LogProgram program, String datestamp, String seconds) implements LogLine {
    @Override
    public LogType type() {
      return LogType.FINISH;
    }

    @Override
    public String format() {
      return lead(this) + "date " + datestamp + " time " + seconds;
    }
  }

  /** {@code DISK planner <host> <disk>}: one DLE of the run. */
  record Disk(LogProgram program, String host, String disk) implements LogLine {
    @Override
    public LogType type() {
      return LogType.DISK;
    }

    @Override
    public String format() {
      return lead(this) + host + " " + Quoting.quote(disk);
    }
  }

  /**
   * {@code SUCCESS <program> <host> <disk> <ts> <level> <crc>... [stats]}: dumper writes two CRCs
   * (native, client), chunker one; each CRC reads {@code crc32c-hex:bytes}.
   */
  record Success(
      LogProgram program,
      String host,
      String disk,
      String datestamp,
      int level,
      List<String> crcs,
      LogStats stats)
      implements LogLine {
    public Success {
      crcs = List.copyOf(crcs);
    }

    @Override
    public LogType type() {
      return LogType.SUCCESS;
    }

    @Override
    public String format() {
      return lead(this) + dle(host, disk, datestamp, level) + crcWords(crcs) + stats.format();
    }
  }

  /** {@code FAIL <program> <host> <disk> <ts> <level> [<reason>]}. */
  record Fail(
      LogProgram program, String host, String disk, String datestamp, int level, String reason)
      implements LogLine {
    @Override
    public LogType type() {
      return LogType.FAIL;
    }

    @Override
    public String format() {
      return lead(this) + dle(host, disk, datestamp, level) + "[" + reason + "]";
    }
  }

  /** {@code STATS driver estimate <host> <disk> <ts> <level> [sec .. nkb .. ckb .. kps ..]}. */
  record Estimate(
      LogProgram program, String host, String disk, String datestamp, int level, LogStats stats)
      implements LogLine {
    @Override
    public LogType type() {
      return LogType.STATS;
    }

    @Override
    public String format() {
      return lead(this) + "estimate " + dle(host, disk, datestamp, level) + stats.format();
    }
  }

  /**
   * {@code PART taper <storage> <pool> <label> <filenum> <host> <disk> <ts> <part>/<total> <level>
   * [stats]}; storage and pool keep their {@code ST:}/{@code POOL:} prefixes, total is -1.
   */
  record Part(
      LogProgram program,
      String storage,
      String pool,
      String label,
      int fileNumber,
      String host,
      String disk,
      String datestamp,
      String partOfTotal,
      int level,
      LogStats stats)
      implements LogLine {
    @Override
    public LogType type() {
      return LogType.PART;
    }

    @Override
    public String format() {
      return lead(this)
          + words(List.of(storage, pool, label))
          + fileNumber
          + " "
          + Quoting.quote(host)
          + " "
          + Quoting.quote(disk)
          + " "
          + datestamp
          + " "
          + partOfTotal
          + " "
          + level
          + " "
          + stats.format();
    }
  }

  /**
   * {@code DONE taper <storage> <pool> <host> <disk> <ts> <parts> <level> <native> <client>
   * <server> [stats]}: the three CRCs of a dump written whole.
   */
  record Done(
      LogProgram program,
      String storage,
      String pool,
      String host,
      String disk,
      String datestamp,
      int parts,
      int level,
      List<String> crcs,
      LogStats stats)
      implements LogLine {
    public Done {
      crcs = List.copyOf(crcs);
    }

    @Override
    public LogType type() {
      return LogType.DONE;
    }

    @Override
    public String format() {
      return lead(this)
          + words(List.of(storage, pool, host, disk))
          + datestamp
          + " "
          + parts
          + " "
          + level
          + " "
          + crcWords(crcs)
          + stats.format();
    }
  }

  /**
   * {@code INFO taper tape <label> kb <kb> fm <filemarks> [<status>]}: the taper finished with a
   * volume, as {@code Amanda::Taper::Scribe} logs it for amreport.
   */
  record VolumeDone(LogProgram program, String label, long kb, int fileMarks, String status)
      implements LogLine {
    @Override
    public LogType type() {
      return LogType.INFO;
    }

    @Override
    public String format() {
      return lead(this) + "tape " + label + " kb " + kb + " fm " + fileMarks + " [" + status + "]";
    }
  }

  /**
   * A continuation line, two spaces then text, that adds detail (often the client's messages) to
   * the FAIL or STRANGE line before it; {@code program} is that line's program.
   */
  record Continuation(LogProgram program, String text) implements LogLine {
    @Override
    public LogType type() {
      return LogType.CONT;
    }

    @Override
    public String format() {
      return "  " + text;
    }
  }

  /** Any other line (INFO, WARNING, other STATS, ...), its text kept verbatim. */
  record Note(LogType type, LogProgram program, String text) implements LogLine {
    @Override
    public String format() {
      return text.isEmpty() ? lead(this).stripTrailing() : lead(this) + text;
    }
  }

  private static String lead(LogLine line) {
    return line.type().name() + " " + line.program().wireName() + " ";
  }

  private static String dle(String host, String disk, String datestamp, int level) {
    return host + " " + Quoting.quote(disk) + " " + datestamp + " " + level + " ";
  }

  /** CRCs ({@code crc32c-hex:bytes}) are written bare although they hold a colon. */
  private static String crcWords(List<String> crcs) {
    return crcs.isEmpty() ? "" : String.join(" ", crcs) + " ";
  }

  /** Each word quoted when it needs it, each followed by one space. */
  private static String words(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      out.append(Quoting.quote(word)).append(' ');
    }
    return out.toString();
  }
}
