package org.jamanda.server.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the words of one run log line into its {@link LogLine} record. Stateless. */
final class LogLineParser {
  private static final Pattern VOLUME_DONE =
      Pattern.compile("tape (\\S+) kb ([0-9]{1,18}) fm ([0-9]{1,9}) \\[(.*)\\]");

  private LogLineParser() {}

  static LogLine parse(LogTokens tokens) throws MalformedCatalogException {
    String typeWord = tokens.word("log type");
    LogType type =
        LogType.tryParse(typeWord)
            .orElseThrow(() -> tokens.errorAtWord("unknown log type", typeWord));
    String programWord = tokens.word("program");
    LogProgram program =
        LogProgram.tryParse(programWord)
            .orElseThrow(() -> tokens.errorAtWord("unknown program", programWord));
    return switch (type) {
      case START -> start(program, tokens);
      case FINISH -> finish(program, tokens);
      case DISK -> new LogLine.Disk(program, tokens.word("host"), tokens.word("disk"));
      case SUCCESS -> success(program, tokens);
      case FAIL -> fail(program, tokens);
      case PART -> part(program, tokens);
      case DONE -> done(program, tokens);
      case STATS -> stats(program, tokens);
      case INFO -> info(program, tokens.rest());
      default -> new LogLine.Note(type, program, tokens.rest());
    };
  }

  private static LogLine start(LogProgram program, LogTokens tokens)
      throws MalformedCatalogException {
    String keyword = tokens.word("date keyword");
    if (!keyword.equals("date") && !keyword.equals("datestamp")) {
      throw tokens.errorAtWord("expected 'date' or 'datestamp' before", keyword);
    }
    return new LogLine.Start(program, keyword, tokens.word("datestamp"), tokens.rest());
  }

  private static LogLine finish(LogProgram program, LogTokens tokens)
      throws MalformedCatalogException {
    expect(tokens, "date");
    String datestamp = tokens.word("datestamp");
    expect(tokens, "time");
    return new LogLine.Finish(program, datestamp, tokens.word("time"));
  }

  private static LogLine success(LogProgram program, LogTokens tokens)
      throws MalformedCatalogException {
    String host = tokens.word("host");
    String disk = tokens.word("disk");
    String datestamp = tokens.word("datestamp");
    int level = tokens.integer("level");
    List<String> crcs = tokens.wordsBeforeBracket("crc");
    return new LogLine.Success(program, host, disk, datestamp, level, crcs, tokens.stats());
  }

  private static LogLine fail(LogProgram program, LogTokens tokens)
      throws MalformedCatalogException {
    String host = tokens.word("host");
    String disk = tokens.word("disk");
    String datestamp = tokens.word("datestamp");
    int level = tokens.integer("level");
    return new LogLine.Fail(program, host, disk, datestamp, level, tokens.bracketed("reason"));
  }

  private static LogLine part(LogProgram program, LogTokens tokens)
      throws MalformedCatalogException {
    String storage = tokens.word("storage");
    String pool = tokens.word("pool");
    String label = tokens.word("label");
    int fileNumber = tokens.integer("file number");
    String host = tokens.word("host");
    String disk = tokens.word("disk");
    String datestamp = tokens.word("datestamp");
    String partOfTotal = tokens.word("part number");
    int level = tokens.integer("level");
    return new LogLine.Part(
        program,
        storage,
        pool,
        label,
        fileNumber,
        host,
        disk,
        datestamp,
        partOfTotal,
        level,
        tokens.stats());
  }

  private static LogLine done(LogProgram program, LogTokens tokens)
      throws MalformedCatalogException {
    String storage = tokens.word("storage");
    String pool = tokens.word("pool");
    String host = tokens.word("host");
    String disk = tokens.word("disk");
    String datestamp = tokens.word("datestamp");
    int parts = tokens.integer("part count");
    int level = tokens.integer("level");
    List<String> crcs = new ArrayList<>(tokens.wordsBeforeBracket("crc"));
    return new LogLine.Done(
        program, storage, pool, host, disk, datestamp, parts, level, crcs, tokens.stats());
  }

  /** {@code STATS driver estimate ...} is typed; other STATS lines stay notes. */
  private static LogLine stats(LogProgram program, LogTokens tokens)
      throws MalformedCatalogException {
    if (!tokens.nextStartsWith("estimate ")) {
      return new LogLine.Note(LogType.STATS, program, tokens.rest());
    }
    tokens.word("estimate");
    String host = tokens.word("host");
    String disk = tokens.word("disk");
    String datestamp = tokens.word("datestamp");
    int level = tokens.integer("level");
    return new LogLine.Estimate(program, host, disk, datestamp, level, tokens.stats());
  }

  /** {@code INFO taper tape ...} is typed when it has exactly the Scribe's shape. */
  private static LogLine info(LogProgram program, String text) {
    Matcher m = VOLUME_DONE.matcher(text);
    if (program != LogProgram.TAPER || !m.matches()) {
      return new LogLine.Note(LogType.INFO, program, text);
    }
    return new LogLine.VolumeDone(
        program, m.group(1), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
  }

  private static void expect(LogTokens tokens, String keyword) throws MalformedCatalogException {
    String word = tokens.word(keyword);
    if (!word.equals(keyword)) {
      throw tokens.errorAtWord("expected '" + keyword + "', got", word);
    }
  }
}
