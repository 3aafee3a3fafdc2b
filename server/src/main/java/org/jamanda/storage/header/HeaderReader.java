package org.jamanda.storage.header;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jamanda.common.InputExcerpt;

/**
 * Reads header text: the first line through {@link FirstLineReader}, then the optional lines of
 * {@code parse_file_header} in Amanda's {@code common-src/fileheader.c}. Stateless.
 *
 * <p>Deliberate difference: Amanda keeps going when the DLE heredoc has no end; here that is an
 * error, so that a header never loses its DLE unnoticed.
 */
// LIMITATION: a header line this reader does not know (one a later Amanda might add) fails the
// whole header with "unknown line '...'", where Amanda 3.5.1 would skip it. Lifting it means
// keeping unknown lines in FileHeader, in order, so that format can write them back unchanged.
final class HeaderReader {
  private static final String NETDUMP_MAGIC = "NETDUMP:";

  private HeaderReader() {}

  static FileHeader read(byte[] block) throws MalformedHeaderException {
    String text = decode(block);
    String body = stripEndMarker(text);
    List<String> lines = List.of(body.split("\n", -1));

    FileHeaderBuilder builder = FirstLineReader.read(lines.get(0));
    if (builder.build().type().isDump()) {
      readOptionalLines(lines, builder);
    } else if (lines.size() > 1) {
      throw new MalformedHeaderException(
          "end marker", "unexpected line after the first " + quote(lines.get(1)), text);
    }
    return builder.build();
  }

  /** The text before the first NUL byte, which must be UTF-8. */
  // LIMITATION: Amanda treats header text as bytes, so a disk or host name in another encoding
  // (Latin-1, say) is legal there; here such a header fails with "not UTF-8". Lifting it means
  // decoding undecodable bytes losslessly (e.g. as ISO-8859-1 for that header, remembered in
  // FileHeader) so that format writes the same bytes back.
  private static String decode(byte[] block) throws MalformedHeaderException {
    int end = 0;
    while (end < block.length && block[end] != 0) {
      end++;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(block, 0, end))
          .toString();
    } catch (CharacterCodingException e) {
      String latin1 = new String(block, 0, end, StandardCharsets.ISO_8859_1);
      throw new MalformedHeaderException("text", "not UTF-8", latin1);
    }
  }

  /** The text before the end marker; fails when there is none or text follows it. */
  private static String stripEndMarker(String text) throws MalformedHeaderException {
    if (text.isBlank()) {
      throw new MalformedHeaderException("AMANDA:", "no header, the block is empty", text);
    }
    if (!text.startsWith(FirstLineReader.MAGIC) && !text.startsWith(NETDUMP_MAGIC)) {
      throw new MalformedHeaderException(
          "AMANDA:", "not an Amanda header, expected 'AMANDA:' at the start", text);
    }
    int marker = text.indexOf(HeaderCodec.END_MARKER);
    if (marker < 0) {
      throw new MalformedHeaderException(
          "end marker", "truncated, no \\n\\f\\n after " + text.length() + " bytes", tail(text));
    }
    int after = marker + HeaderCodec.END_MARKER.length();
    if (after != text.length()) {
      throw new MalformedHeaderException(
          "end marker", "text after the end marker", text.substring(after));
    }
    return text.substring(0, marker);
  }

  private static String tail(String text) {
    return text.length() <= 64 ? text : text.substring(text.length() - 64);
  }

  private static void readOptionalLines(List<String> lines, FileHeaderBuilder builder)
      throws MalformedHeaderException {
    int i = 1;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.startsWith("DLE=")) {
        i = readDle(lines, i, builder);
        continue;
      }
      readOptionalLine(line, builder);
      i++;
    }
  }

  private static void readOptionalLine(String line, FileHeaderBuilder builder)
      throws MalformedHeaderException {
    int equals = line.indexOf('=');
    String key = equals < 0 ? line : line.substring(0, equals + 1);
    String value = equals < 0 ? "" : line.substring(equals + 1);
    switch (key) {
      case "CONT_FILENAME=" -> builder.contFilename(value);
      case "APPLICATION=" -> builder.application(value);
      case "PARTIAL=" -> builder.partial(value.equalsIgnoreCase("yes"));
      case "ORIGSIZE=" -> builder.origSizeKib(number("ORIGSIZE", value, line));
      case "NATIVE-CRC=" -> builder.nativeCrc(crc("NATIVE-CRC", value, line));
      case "CLIENT-CRC=" -> builder.clientCrc(crc("CLIENT-CRC", value, line));
      case "SERVER-CRC=" -> builder.serverCrc(crc("SERVER-CRC", value, line));
      case HeaderWriter.RESTORE_INTRO -> {
        // the fixed text before the restore command
      }
      default -> {
        if (!line.startsWith(HeaderWriter.DD_PREFIX)) {
          throw new MalformedHeaderException("line", "unknown line " + quote(line), line);
        }
        RestoreHint.read(line, builder);
      }
    }
  }

  /** Reads {@code DLE=<<DELIM}, the XML lines, and the closing {@code DELIM}; returns the next. */
  private static int readDle(List<String> lines, int start, FileHeaderBuilder builder)
      throws MalformedHeaderException {
    String opening = lines.get(start);
    if (!opening.startsWith("DLE=<<") || opening.length() == "DLE=<<".length()) {
      throw new MalformedHeaderException("DLE", "expected DLE=<<DELIMITER", opening);
    }
    String delimiter = opening.substring("DLE=<<".length());
    int end = lines.subList(start + 1, lines.size()).indexOf(delimiter);
    if (end < 0) {
      throw new MalformedHeaderException(
          "DLE", "no closing line " + quote(delimiter) + " for the heredoc", opening);
    }
    builder.dle(String.join("\n", lines.subList(start + 1, start + 1 + end)));
    return start + end + 2;
  }

  static long number(String field, String value, String line) throws MalformedHeaderException {
    if (value.isEmpty()
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')
        || value.length() > 18) {
      throw new MalformedHeaderException(field, "expected a number, got " + quote(value), line);
    }
    return Long.parseLong(value);
  }

  private static Crc crc(String field, String value, String line) throws MalformedHeaderException {
    try {
      return Crc.parse(value);
    } catch (IllegalArgumentException e) {
      throw new MalformedHeaderException(
          field, "expected <crc32c hex>:<bytes>, got " + quote(value), line);
    }
  }

  static String quote(String token) {
    return InputExcerpt.of(token);
  }
}
