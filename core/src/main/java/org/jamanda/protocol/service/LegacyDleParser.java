package org.jamanda.protocol.service;

import org.jamanda.protocol.Features;
import org.jamanda.protocol.MalformedPacketException;

/**
 * Parses one DLE line of Amanda 2's text dialect, which a 3.5 client still accepts when the
 * requester's features lack {@code fe_req_xml}. Words may be quoted as in {@link QuotedStrings}.
 *
 * <pre>
 * selfcheck:  [CALCSIZE] GNUTAR /disk [device] 0 OPTIONS |;auth=bsdtcp;index;
 * sendsize:   [CALCSIZE] GNUTAR /disk [device] 0 1970:1:1:0:0:0 -1 OPTIONS |;auth=bsdtcp;index;
 * sendbackup: GNUTAR /disk [device] 0 1970:1:1:0:0:0 OPTIONS |;auth=bsdtcp;index;
 *             ^program    ^device   ^level ^dumpdate  ^spindle
 * </pre>
 *
 * <p>A word after the disk that does not start with a digit is the device. {@code APPLICATION}
 * takes the plugin name as the next word. Grammar from selfcheck.c, sendsize.c and sendbackup.c.
 * Stateless.
 */
public final class LegacyDleParser {
  private LegacyDleParser() {}

  /** Which service's line grammar applies. */
  public enum Dialect {
    /** Level, then optionally {@code OPTIONS <string>}. */
    SELFCHECK,
    /** Level, dump date, optionally a spindle and then options or exclude parameters. */
    SENDSIZE,
    /** Level, dump date, then {@code OPTIONS <string>}, required. */
    SENDBACKUP;

    /** The service whose requests use this grammar, as its messages name it. */
    public String service() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Parses {@code line}.
   *
   * @param name what the body is, for messages (e.g. {@code selfcheck request})
   * @param line the DLE line, without its newline
   * @param lineNumber the line's number in the request, for messages
   * @param dialect the service's grammar
   * @param peer the requester's features, which decide whether {@code auth=} is understood
   * @throws MalformedPacketException naming the column and quoting the bad word
   */
  public static DleRequest parse(
      String name, String line, int lineNumber, Dialect dialect, Features peer)
      throws MalformedPacketException {
    Words words = new Words(new BodyText(name, line, lineNumber));
    DleBuilder dle = new DleBuilder();
    readProgram(words, dialect, dle);
    readDiskAndLevel(words, dle);
    if (dialect == Dialect.SELFCHECK) {
      readSelfcheckOptions(words, dle, peer);
    } else {
      readDumpdate(words, dle);
      if (dialect == Dialect.SENDSIZE) {
        readSendsizeTail(words, dle, peer);
      } else {
        readOptions(words, dle, peer);
      }
    }
    return dle.build();
  }

  private static void readProgram(Words words, Dialect dialect, DleBuilder dle)
      throws MalformedPacketException {
    String program = words.require("no program name");
    if (dialect != Dialect.SENDBACKUP && startsWithIgnoreCase(program, "CALCSIZE")) {
      dle.estimates.add(Estimate.CALCSIZE);
      program = words.require("no program name after CALCSIZE");
    }
    dle.program = program;
    if (program.equals(DleRequest.APPLICATION)) {
      dle.plugin = words.require("no application name after APPLICATION");
    }
  }

  private static void readDiskAndLevel(Words words, DleBuilder dle)
      throws MalformedPacketException {
    dle.disk = QuotedStrings.unquote(words.require("no disk name"));
    String word = words.require("no level");
    if (!Character.isDigit(word.charAt(0))) {
      dle.device = QuotedStrings.unquote(word);
      word = words.require("no level");
    }
    dle.levels.add(new DleLevel(words.number(word, "bad level", 0, DleLevel.LEVELS - 1), false));
  }

  // selfcheck: nothing more, or OPTIONS and the options string.
  private static void readSelfcheckOptions(Words words, DleBuilder dle, Features peer)
      throws MalformedPacketException {
    if (words.atEnd()) {
      return;
    }
    readOptions(words, dle, peer);
  }

  private static void readDumpdate(Words words, DleBuilder dle) throws MalformedPacketException {
    dle.dumpdate = words.require("no dumpdate");
  }

  // sendsize: [spindle [OPTIONS <string> | exclude-file=... include-list=...]]
  private static void readSendsizeTail(Words words, DleBuilder dle, Features peer)
      throws MalformedPacketException {
    if (words.atEnd()) {
      return;
    }
    String spindle = words.require("no spindle");
    dle.spindle = words.number(spindle, "bad spindle", Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (words.atEnd()) {
      return;
    }
    if (words.peekIs("OPTIONS")) {
      readOptions(words, dle, peer);
      return;
    }
    while (!words.atEnd()) {
      int at = words.position();
      String parameter = words.require("no parameter");
      if (!LegacyOptionString.applyFilterParameter(parameter, dle)) {
        throw words.body().error("dle", at, "invalid parameter", parameter);
      }
    }
  }

  private static void readOptions(Words words, DleBuilder dle, Features peer)
      throws MalformedPacketException {
    int at = words.position();
    String keyword = words.require("no options");
    if (!keyword.equals("OPTIONS")) {
      throw words.body().error("OPTIONS", at, "expected OPTIONS, found", keyword);
    }
    String options = words.require("bad options string");
    if (!words.atEnd()) {
      throw words.body().error("OPTIONS", words.position(), "unexpected text", words.rest());
    }
    LegacyOptionString.apply(options, peer, dle);
  }

  static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** The blank-separated, possibly quoted words of one line, read left to right. */
  private static final class Words {
    private final BodyText body;
    private final String line;
    private int pos;
    private int wordStart;

    Words(BodyText body) {
      this.body = body;
      this.line = body.text();
      skipBlanks();
    }

    BodyText body() {
      return body;
    }

    int position() {
      return pos;
    }

    boolean atEnd() {
      return pos >= line.length();
    }

    boolean peekIs(String word) {
      int end = QuotedStrings.endOfWord(line, pos);
      return line.substring(pos, end).equals(word);
    }

    String rest() {
      return line.substring(pos);
    }

    /** The next word, still quoted; {@code missing} names the problem when there is none. */
    String require(String missing) throws MalformedPacketException {
      if (atEnd()) {
        throw body.error("dle", pos, missing + " in", line);
      }
      int end = QuotedStrings.endOfWord(line, pos);
      String word = line.substring(pos, end);
      wordStart = pos;
      pos = end;
      skipBlanks();
      return word;
    }

    int number(String word, String problem, int min, int max) throws MalformedPacketException {
      try {
        int value = Integer.parseInt(word);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below with the word
      }
      throw body.error("dle", wordStart, problem, word);
    }

    private void skipBlanks() {
      while (pos < line.length() && QuotedStrings.isBlank(line.charAt(pos))) {
        pos++;
      }
    }
  }
}
