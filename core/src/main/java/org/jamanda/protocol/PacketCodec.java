package org.jamanda.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jamanda.common.InputExcerpt;

/**
 * Turns UDP datagrams into {@link Packet}s and back, as Amanda's bsd and bsdudp auths send them.
 * Pure: no sockets, no logging, no state; safe from any thread.
 *
 * <p>A datagram is ASCII text with no trailing NUL: the header line, then the body. Amanda's
 * planner sends, for example:
 *
 * <pre>
 * Amanda 3.5 REQ HANDLE 000-00000000 SEQ 1796513068
 * SECURITY USER backup
 * SERVICE noop
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;
 * </pre>
 *
 * <p>Parsing follows {@code str2pkthdr} in security-util.c: the literal {@code Amanda}, a version
 * token holding a dot, the type, the literal {@code HANDLE}, the handle, the literal {@code SEQ}
 * and the number, separated by single spaces (runs of spaces are accepted, as strtok does). Where
 * Amanda's {@code atoi} would read a garbled sequence number as some number, this codec rejects it.
 */
public final class PacketCodec {
  /** The largest datagram Amanda sends or accepts: 65535 − 24 − 8 ({@code MAX_DGRAM}, dgram.h). */
  public static final int MAX_DATAGRAM_BYTES = 65503;

  private static final String MAGIC = "Amanda";

  private PacketCodec() {}

  /** Parses the first {@code length} bytes of {@code datagram}. */
  public static Packet parse(byte[] datagram, int length) throws MalformedPacketException {
    if (length > MAX_DATAGRAM_BYTES) {
      throw new MalformedPacketException(
          "datagram", "datagram too long: " + length + " bytes, limit " + MAX_DATAGRAM_BYTES);
    }
    String text = new String(datagram, 0, length, StandardCharsets.ISO_8859_1);
    int newline = text.indexOf('\n');
    if (newline < 0) {
      throw malformed("header", "no newline after the header", text);
    }
    PacketHeader header = parseHeader(text.substring(0, newline));
    return new Packet(header, text.substring(newline + 1));
  }

  /** Parses a whole datagram. */
  public static Packet parse(byte[] datagram) throws MalformedPacketException {
    return parse(datagram, datagram.length);
  }

  /**
   * Formats {@code packet} as a datagram.
   *
   * @throws InputTooLongException if the datagram would exceed {@link #MAX_DATAGRAM_BYTES}
   */
  public static byte[] format(Packet packet) throws InputTooLongException {
    PacketHeader h = packet.header();
    String text =
        MAGIC
            + " "
            + h.version()
            + " "
            + h.type().name()
            + " HANDLE "
            + h.handle()
            + " SEQ "
            + h.sequence()
            + "\n"
            + packet.body();
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length > MAX_DATAGRAM_BYTES) {
      throw new InputTooLongException("datagram", bytes.length, MAX_DATAGRAM_BYTES);
    }
    return bytes;
  }

  private static PacketHeader parseHeader(String line) throws MalformedPacketException {
    String[] tokens = line.trim().split(" +", -1);

    // "Amanda" and the version: Amanda ignores the numbers but wants a dot.
    if (tokens.length == 0 || !tokens[0].equals(MAGIC)) {
      throw malformed("magic", "header does not start with 'Amanda'", line);
    }
    String version = token(tokens, 1, "version", line);
    if (version.indexOf('.') < 0) {
      throw malformed("version", "version without a dot", line);
    }

    // The type, then "HANDLE <handle>".
    String typeToken = token(tokens, 2, "type", line);
    Optional<PacketType> type = PacketType.ofToken(typeToken);
    if (type.isEmpty()) {
      throw malformed("type", "unknown packet type " + InputExcerpt.of(typeToken), line);
    }
    expectLiteral(tokens, 3, "HANDLE", line);
    String handle = token(tokens, 4, "HANDLE", line);

    // "SEQ <n>", the last field.
    expectLiteral(tokens, 5, "SEQ", line);
    String sequence = token(tokens, 6, "SEQ", line);
    if (tokens.length > 7) {
      throw malformed("SEQ", "text after the sequence number", line);
    }
    return new PacketHeader(version, type.get(), handle, parseSequence(sequence, line));
  }

  private static int parseSequence(String token, String line) throws MalformedPacketException {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      throw malformed("SEQ", "sequence number is not a number", line);
    }
  }

  private static String token(String[] tokens, int index, String field, String line)
      throws MalformedPacketException {
    if (index >= tokens.length || tokens[index].isEmpty()) {
      throw malformed(field, "missing " + field, line);
    }
    return tokens[index];
  }

  private static void expectLiteral(String[] tokens, int index, String literal, String line)
      throws MalformedPacketException {
    if (index >= tokens.length || !tokens[index].equals(literal)) {
      throw malformed(literal, "missing " + literal, line);
    }
  }

  private static MalformedPacketException malformed(String field, String problem, String input) {
    return new MalformedPacketException(
        field, "bad packet header: " + problem + " in " + InputExcerpt.of(input));
  }
}
