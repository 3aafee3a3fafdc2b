package org.jamanda.storage.header;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jamanda.common.Quoting;

/**
 * Writes header text in the field order and spacing of {@code build_header} in Amanda's {@code
 * common-src/fileheader.c}. Stateless.
 */
final class HeaderWriter {
  /** The line that introduces the restore hint. */
  static final String RESTORE_INTRO = "To restore, position tape at start of file and run:";

  /** The start of the restore hint's command line. */
  static final String DD_PREFIX = "\tdd if=<tape> ";

  /** Amanda leaves the DLE out of a header when it would crowd the 32 KiB block. */
  static final int DLE_LIMIT = HeaderCodec.BLOCK_BYTES - 2048;

  private HeaderWriter() {}

  static String write(FileHeader header) {
    validate(header);
    return switch (header.type()) {
      case TAPESTART ->
          "AMANDA: TAPESTART DATE "
              + header.datestamp()
              + " TAPE "
              + header.label()
              + HeaderCodec.END_MARKER;
      case TAPEEND -> "AMANDA: TAPEEND DATE " + header.datestamp() + HeaderCodec.END_MARKER;
      case NOOP -> "AMANDA: NOOP" + HeaderCodec.END_MARKER;
      case FILE, CONT_FILE, SPLIT_FILE -> writeDump(header);
    };
  }

  /** The checks {@code build_header} makes before it writes anything. */
  private static void validate(FileHeader h) {
    if (h.type() == FileType.NOOP) {
      return;
    }
    String ts = h.datestamp();
    boolean digits = !ts.isEmpty() && ts.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!ts.equals("X") && !(digits && (ts.length() == 8 || ts.length() == 14))) {
      throw new IllegalArgumentException(
          "invalid datestamp '" + ts + "': expected X, YYYYMMDD or YYYYMMDDHHMMSS");
    }
    if (h.type() != FileType.TAPEEND && h.name().isBlank()) {
      throw new IllegalArgumentException("a " + h.type() + " header needs a name");
    }
    if (h.type() == FileType.SPLIT_FILE
        && (h.partNumber() < 1 || (h.totalParts() >= 0 && h.partNumber() > h.totalParts()))) {
      throw new IllegalArgumentException("invalid part " + h.partNumber() + "/" + h.totalParts());
    }
    if (h.type().isDump() && h.program().isEmpty()) {
      throw new IllegalArgumentException("a dump header needs a program");
    }
  }

  private static String writeDump(FileHeader h) {
    StringBuilder out = new StringBuilder(1024);
    writeFirstLine(h, out);
    writeOptionalLines(h, out);
    writeRestoreHint(h, out);
    return out.append(HeaderCodec.END_MARKER).toString();
  }

  /** One line; the empty part field still leaves its two spaces, as Amanda's format does. */
  private static void writeFirstLine(FileHeader h, StringBuilder out) {
    String part =
        h.type() == FileType.SPLIT_FILE
            ? " part " + h.partNumber() + "/" + h.totalParts() + " "
            : "";
    out.append("AMANDA: ").append(h.type().name()).append(' ').append(h.datestamp());
    out.append(' ').append(h.host()).append(' ').append(Quoting.quote(h.disk()));
    out.append(' ').append(part).append(" lev ").append(h.level());
    out.append(" comp ").append(h.isCompressed() ? h.compSuffix() : "N");
    out.append(" program ").append(h.program());
    if (h.isEncrypted()) {
      out.append(" crypt ").append(h.encryptSuffix());
    }
    appendEither(
        out,
        "server_custom_compress",
        h.serverCustomCompress(),
        "client_custom_compress",
        h.clientCustomCompress());
    appendEither(out, "server_encrypt", h.serverEncrypt(), "client_encrypt", h.clientEncrypt());
    appendEither(
        out,
        "server_decrypt_option",
        h.serverDecryptOption(),
        "client_decrypt_option",
        h.clientDecryptOption());
    out.append('\n');
  }

  private static void appendEither(
      StringBuilder out, String serverKey, String server, String clientKey, String client) {
    if (!server.isEmpty() && !client.isEmpty()) {
      throw new IllegalArgumentException(
          "a header cannot set both " + serverKey + " and " + clientKey);
    }
    if (!server.isEmpty()) {
      out.append(' ').append(serverKey).append(' ').append(server);
    } else if (!client.isEmpty()) {
      out.append(' ').append(clientKey).append(' ').append(client);
    }
  }

  private static void writeOptionalLines(FileHeader h, StringBuilder out) {
    appendLine(out, "CONT_FILENAME=", h.contFilename());
    appendLine(out, "APPLICATION=", h.application());
    appendLine(out, "PARTIAL=", h.partial() ? "YES" : "");
    appendLine(out, "ORIGSIZE=", h.origSizeKib() > 0 ? Long.toString(h.origSizeKib()) : "");
    appendLine(out, "NATIVE-CRC=", h.nativeCrc().isPresent() ? h.nativeCrc().format() : "");
    appendLine(out, "CLIENT-CRC=", h.clientCrc().isPresent() ? h.clientCrc().format() : "");
    appendLine(out, "SERVER-CRC=", h.serverCrc().isPresent() ? h.serverCrc().format() : "");
    if (!h.dle().isEmpty() && h.dle().length() < DLE_LIMIT) {
      String delimiter = heredocDelimiter(h.dle());
      out.append("DLE=<<").append(delimiter).append('\n');
      out.append(h.dle()).append('\n').append(delimiter).append('\n');
    }
  }

  private static void appendLine(StringBuilder out, String key, String value) {
    if (!value.isEmpty()) {
      out.append(key).append(value).append('\n');
    }
  }

  /** ENDDLE, or ENDDLE1, ENDDLE2... when the XML holds a line equal to the delimiter. */
  static String heredocDelimiter(String text) {
    Set<String> lines = new HashSet<>(Arrays.asList(text.split("\n", -1)));
    String delimiter = "ENDDLE";
    for (int n = 1; lines.contains(delimiter); n++) {
      delimiter = "ENDDLE" + n;
    }
    return delimiter;
  }

  private static void writeRestoreHint(FileHeader h, StringBuilder out) {
    out.append(RESTORE_INTRO).append('\n').append(DD_PREFIX);
    if (h.blocksizeBytes() > 0) {
      out.append("bs=").append(h.blocksizeBytes() / 1024).append("k ");
    }
    out.append("skip=1 | ");
    if (h.recoverCmd().isEmpty()) {
      if (!h.decryptCmd().isEmpty() || !h.uncompressCmd().isEmpty()) {
        throw new IllegalArgumentException(
            "a header cannot name an uncompress or decrypt command without a recover command");
      }
      return;
    }
    appendStage(out, "decryptCmd", h.decryptCmd());
    appendStage(out, "uncompressCmd", h.uncompressCmd());
    out.append(h.recoverCmd()).append(' ');
  }

  private static void appendStage(StringBuilder out, String field, String stage) {
    if (stage.isEmpty()) {
      return;
    }
    if (!stage.endsWith("|")) {
      throw new IllegalArgumentException(field + " must end with '|': '" + stage + "'");
    }
    out.append(stage).append(' ');
  }
}
