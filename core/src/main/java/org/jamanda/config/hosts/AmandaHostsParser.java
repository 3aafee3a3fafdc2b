package org.jamanda.config.hosts;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits {@code .amandahosts} text into entries the way Amanda's {@code check_user_amandahosts}
 * does: lines end at LF only, host and user are separated by spaces or tabs, services also by
 * commas, and there is no quoting. Amanda rejects no line, so neither does this; lines that cannot
 * mean what they seem to get a warning with their location, logged at WARN.
 *
 * <p>One instance parses one text; not thread-safe.
 */
final class AmandaHostsParser {
  private static final Logger log = LoggerFactory.getLogger(AmandaHostsParser.class);

  private static final String FIELD_SEPARATORS = " \t";
  private static final String SERVICE_SEPARATORS = " \t,";
  private static final int MAX_QUOTED = 64;
  private static final String HEX = "0123456789abcdef";

  private final String source;
  private final String localUser;
  private final List<AmandaHostsEntry> entries = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private int lineNumber;

  AmandaHostsParser(String source, String localUser) {
    this.source = source;
    this.localUser = localUser;
  }

  /** Parses {@code text}; call once. */
  AmandaHostsParser parse(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNumber++;
      parseLine(text.substring(start, end));
      start = end + 1;
    }
    return this;
  }

  List<AmandaHostsEntry> entries() {
    return entries;
  }

  List<String> warnings() {
    return warnings;
  }

  private void parseLine(String line) {
    // Amanda handles each line as a C string, so a NUL byte ends it.
    int nul = line.indexOf('\0');
    if (nul >= 0) {
      warn(nul + 1, "NUL character; the rest of the line is ignored");
      line = line.substring(0, nul);
    }
    Cursor cursor = new Cursor(line);

    // A line without a host is blank (a lone CR is what a blank CRLF line leaves). A host that
    // starts with '#' never equals a resolved name, so such a line is a comment in effect,
    // although Amanda itself has no comment syntax.
    String host = cursor.next(FIELD_SEPARATORS);
    if (host == null || host.equals("\r") || host.startsWith("#")) {
      return;
    }

    String user = cursor.next(FIELD_SEPARATORS);
    warnIfHash(cursor, user, "user name");
    List<String> services = new ArrayList<>();
    String service = cursor.next(SERVICE_SEPARATORS);
    while (service != null) {
      warnAboutService(cursor, service);
      services.add(service);
      service = cursor.next(SERVICE_SEPARATORS);
    }
    warnIfCarriageReturn(line);
    entries.add(new AmandaHostsEntry(lineNumber, host, user == null ? localUser : user, services));
  }

  private void warnIfHash(Cursor cursor, String word, String role) {
    if (word != null && word.startsWith("#")) {
      warn(
          cursor.wordColumn(),
          "'#' starts no comment after the host; " + quote(word) + " is read as a " + role);
    }
  }

  private void warnAboutService(Cursor cursor, String service) {
    warnIfHash(cursor, service, "service name");
    if (!service.startsWith("#") && !ServiceNames.KNOWN.contains(service)) {
      warn(
          cursor.wordColumn(),
          "unknown service " + quote(service) + "; it matches only a request for that exact name");
    }
  }

  // A file saved with CRLF line ends keeps the CR in the last word, so "amdump\r" or "backup\r"
  // never matches; Amanda behaves the same and says nothing.
  private void warnIfCarriageReturn(String line) {
    if (line.endsWith("\r")) {
      warn(
          line.length(),
          "carriage return at the end of the line is part of the last word;"
              + " save the file with LF line ends");
    }
  }

  private void warn(int column, String problem) {
    String warning = source + ":" + lineNumber + ":" + column + ": " + problem;
    log.warn("suspicious amandahosts line at={}", warning);
    warnings.add(warning);
  }

  /** Single-quotes {@code word}, escaping control characters and truncating long input. */
  static String quote(String word) {
    StringBuilder out = new StringBuilder("'");
    int shown = Math.min(word.length(), MAX_QUOTED);
    for (int i = 0; i < shown; i++) {
      char c = word.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append("\\x").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      } else {
        out.append(c);
      }
    }
    out.append('\'');
    if (word.length() > shown) {
      out.append(" (").append(word.length() - shown).append(" more characters)");
    }
    return out.toString();
  }

  /** strtok over one line, remembering where the last word began. */
  private static final class Cursor {
    private final String line;
    private int position;
    private int wordStart;

    Cursor(String line) {
      this.line = line;
    }

    /** The next word bounded by any of {@code separators}, or null at the end of the line. */
    String next(String separators) {
      while (position < line.length() && separators.indexOf(line.charAt(position)) >= 0) {
        position++;
      }
      if (position >= line.length()) {
        return null;
      }
      wordStart = position;
      while (position < line.length() && separators.indexOf(line.charAt(position)) < 0) {
        position++;
      }
      return line.substring(wordStart, position);
    }

    /** 1-based column of the word {@link #next} returned last. */
    int wordColumn() {
      return wordStart + 1;
    }
  }
}
