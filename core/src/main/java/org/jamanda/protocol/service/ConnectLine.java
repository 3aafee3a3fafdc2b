package org.jamanda.protocol.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jamanda.common.InputExcerpt;
import org.jamanda.protocol.MalformedPacketException;

/**
 * The first line of a sendbackup (or amindexd, amidxtaped) reply: which stream is where. Under bsd
 * the numbers are the client's TCP ports; under bsdtcp and ssl they are stream handles (amandad.c
 * {@code s_processrep}). A stream numbered -1 is not offered.
 *
 * <pre>
 * CONNECT DATA 50027 MESG 50028 INDEX 50029 STATE 50030
 * CONNECT DATA 499999 MESG 499998 INDEX 499997 STATE 499996
 * CONNECT MESG 50018
 * </pre>
 *
 * Immutable.
 */
public final class ConnectLine {
  private static final String KEYWORD = "CONNECT";

  private final Map<String, Integer> streams;

  private ConnectLine(Map<String, Integer> streams) {
    this.streams = Collections.unmodifiableMap(new LinkedHashMap<>(streams));
  }

  /** The line naming {@code streams} (name → port or handle), in iteration order. */
  public static ConnectLine of(Map<String, Integer> streams) {
    if (streams.isEmpty()) {
      throw new IllegalArgumentException("a CONNECT line names at least one stream");
    }
    return new ConnectLine(streams);
  }

  /** Parses a CONNECT line, with or without its newline. */
  public static ConnectLine parse(String line) throws MalformedPacketException {
    String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    String[] words = text.trim().split(" +", -1);
    if (!words[0].equals(KEYWORD) || words.length < 3 || words.length % 2 == 0) {
      throw bad("expected CONNECT and NAME NUMBER pairs", line);
    }
    Map<String, Integer> streams = new LinkedHashMap<>();
    for (int i = 1; i < words.length; i += 2) {
      try {
        streams.put(words[i], Integer.parseInt(words[i + 1]));
      } catch (NumberFormatException e) {
        throw bad("stream " + words[i] + " has no number", line);
      }
    }
    return new ConnectLine(streams);
  }

  /** The port or handle of stream {@code name} ({@code DATA}, {@code MESG}, ...), if offered. */
  public Optional<Integer> stream(String name) {
    Integer id = streams.get(name);
    return id == null || id < 0 ? Optional.empty() : Optional.of(id);
  }

  /** Every stream, in line order, with -1 for one not offered. */
  public Map<String, Integer> streams() {
    return streams;
  }

  /** The line as written, with its newline. */
  public String format() {
    StringBuilder out = new StringBuilder(KEYWORD);
    streams.forEach((name, id) -> out.append(' ').append(name).append(' ').append(id));
    return out.append('\n').toString();
  }

  private static MalformedPacketException bad(String problem, String line) {
    return new MalformedPacketException(
        KEYWORD, "bad CONNECT line: " + problem + ": " + InputExcerpt.of(line));
  }
}
