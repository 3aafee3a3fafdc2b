package org.jamanda.protocol.service;

import java.util.Optional;
import org.jamanda.common.InputExcerpt;
import org.jamanda.protocol.MalformedPacketException;

/**
 * One line of sendbackup's MESG stream, as dumper.c's {@code process_dumpline} reads them.
 *
 * <pre>
 * sendbackup: info BACKUP=APPLICATION
 * sendbackup: info end
 * | Total bytes written: 3153920 (3.1MiB, 380MiB/s)
 * sendbackup: size 3080
 * sendbackup: native-CRC eab7ef6c:3153920
 * sendbackup: client-CRC eab7ef6c:3153920
 * sendbackup: end
 * </pre>
 */
public sealed interface MesgLine {
  /** The prefix of sendbackup's own lines. */
  String PREFIX = "sendbackup: ";

  /** The line as written, without its newline. */
  String format();

  /** {@code | text}: the backup program's normal output. */
  record Normal(String text) implements MesgLine {
    @Override
    public String format() {
      return "| " + text;
    }
  }

  /** {@code ? text}: output the dumper reports as strange. */
  record Strange(String text) implements MesgLine {
    @Override
    public String format() {
      return "? " + text;
    }
  }

  /** {@code sendbackup: info KEY=VALUE}, or {@code sendbackup: info end} (key "end", no value). */
  record Info(String key, Optional<String> value) implements MesgLine {
    @Override
    public String format() {
      return PREFIX + "info " + key + value.map(v -> "=" + v).orElse("");
    }
  }

  /** {@code sendbackup: size KiB}: the size the client counted. */
  record Size(long kib) implements MesgLine {
    @Override
    public String format() {
      return PREFIX + "size " + kib;
    }
  }

  /** {@code sendbackup: native-CRC crc:bytes} (before client compression) or client-CRC. */
  record Crc(boolean nativeCrc, long crc32c, long bytes) implements MesgLine {
    @Override
    public String format() {
      return String.format(
          "%s%s-CRC %08x:%d", PREFIX, nativeCrc ? "native" : "client", crc32c, bytes);
    }
  }

  /** {@code sendbackup: error [message]}: the dump failed on the client. */
  record Failure(String message) implements MesgLine {
    @Override
    public String format() {
      return PREFIX + "error [" + message + "]";
    }
  }

  /** {@code sendbackup: end}: the client is done. */
  record End() implements MesgLine {
    @Override
    public String format() {
      return PREFIX + "end";
    }
  }

  /** Any other {@code sendbackup:} line (start, warning, retry, state, no-op), kept as written. */
  record Other(String text) implements MesgLine {
    @Override
    public String format() {
      return PREFIX + text;
    }
  }

  /** Parses one line (without its newline). */
  static MesgLine parse(String line) throws MalformedPacketException {
    if (line.startsWith("| ") || line.equals("|")) {
      return new Normal(line.length() > 2 ? line.substring(2) : "");
    }
    if (line.startsWith("? ") || line.equals("?")) {
      return new Strange(line.length() > 2 ? line.substring(2) : "");
    }
    if (!line.startsWith(PREFIX)) {
      throw bad("unknown line", line);
    }
    return parseOwn(line.substring(PREFIX.length()), line);
  }

  private static MesgLine parseOwn(String rest, String line) throws MalformedPacketException {
    if (rest.equals("end")) {
      return new End();
    }
    if (rest.startsWith("info ")) {
      String info = rest.substring(5);
      int eq = info.indexOf('=');
      return eq < 0
          ? new Info(info, Optional.empty())
          : new Info(info.substring(0, eq), Optional.of(info.substring(eq + 1)));
    }
    if (rest.startsWith("size ")) {
      return new Size(number(rest.substring(5), 10, line));
    }
    if (rest.startsWith("native-CRC ") || rest.startsWith("client-CRC ")) {
      String value = rest.substring(11);
      int colon = value.indexOf(':');
      if (colon < 0) {
        throw bad("CRC without :bytes", line);
      }
      return new Crc(
          rest.startsWith("native"),
          number(value.substring(0, colon), 16, line),
          number(value.substring(colon + 1), 10, line));
    }
    if (rest.startsWith("error ")) {
      String message = rest.substring(6);
      boolean bracketed = message.startsWith("[") && message.endsWith("]");
      return new Failure(bracketed ? message.substring(1, message.length() - 1) : message);
    }
    return new Other(rest);
  }

  private static long number(String text, int radix, String line) throws MalformedPacketException {
    try {
      return Long.parseLong(text.trim(), radix);
    } catch (NumberFormatException e) {
      throw bad("bad number " + InputExcerpt.of(text), line);
    }
  }

  private static MalformedPacketException bad(String problem, String line) {
    return new MalformedPacketException(
        "MESG", "bad MESG line: " + problem + " in " + InputExcerpt.of(line));
  }
}
