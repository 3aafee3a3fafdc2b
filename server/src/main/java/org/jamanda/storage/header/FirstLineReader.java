package org.jamanda.storage.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.common.Quoting;

/**
 * Reads a header's first line. Tokens are split at runs of spaces; the disk may be a quoted string
 * holding spaces. Stateless.
 *
 * <pre>
 * AMANDA: TAPESTART DATE 20261203162552 TAPE Lab-3
 * AMANDA: SPLIT_FILE &lt;ts&gt; &lt;host&gt; &lt;disk&gt;  part &lt;n&gt;/&lt;total&gt;  lev &lt;n&gt; comp &lt;sfx|N&gt; program &lt;p&gt; [key value]...
 * AMANDA: TAPEEND DATE &lt;ts&gt;
 * AMANDA: NOOP
 * </pre>
 */
final class FirstLineReader {
  /** The first token of every header Amanda writes ({@code NETDUMP:} is read too). */
  static final String MAGIC = "AMANDA:";

  private final String line;
  private final List<String> tokens;
  private int next = 1;

  private FirstLineReader(String line) throws MalformedHeaderException {
    this.line = line;
    this.tokens = split(line);
  }

  static FileHeaderBuilder read(String line) throws MalformedHeaderException {
    return new FirstLineReader(line).read();
  }

  private FileHeaderBuilder read() throws MalformedHeaderException {
    FileType type = readType();
    FileHeaderBuilder builder = FileHeader.builder(type);
    switch (type) {
      case TAPESTART -> {
        expect("DATE");
        builder.datestamp(take("DATE"));
        expect("TAPE");
        builder.name(take("TAPE"));
      }
      case TAPEEND -> builder.datestamp(next < tokens.size() ? readTapeendDate() : "");
      case NOOP -> {
        // nothing follows the type
      }
      case FILE, CONT_FILE, SPLIT_FILE -> readDump(type, builder);
    }
    if (next < tokens.size()) {
      throw new MalformedHeaderException(
          "first line", "unexpected " + HeaderReader.quote(tokens.get(next)), line);
    }
    return builder;
  }

  /** The magic word, then the file type. */
  private FileType readType() throws MalformedHeaderException {
    String magic = tokens.get(0);
    if (!magic.equals(MAGIC) && !magic.equals("NETDUMP:")) {
      throw new MalformedHeaderException(
          "AMANDA:", "not an Amanda header, got " + HeaderReader.quote(magic), line);
    }
    String token = take("file type");
    Optional<FileType> type = FileType.tryParse(token);
    if (type.isEmpty()) {
      throw new MalformedHeaderException(
          "file type", "unknown file type " + HeaderReader.quote(token), line);
    }
    return type.get();
  }

  private String readTapeendDate() throws MalformedHeaderException {
    expect("DATE");
    return next < tokens.size() ? take("DATE") : "";
  }

  private void readDump(FileType type, FileHeaderBuilder builder) throws MalformedHeaderException {
    builder.datestamp(take("datestamp")).name(take("host"));
    builder.disk(Quoting.unquote(take("disk")));
    switch (type) {
      case SPLIT_FILE -> readPart(builder);
      case FILE -> builder.partNumber(1).totalParts(1);
      default -> builder.partNumber(0).totalParts(0);
    }
    expect("lev");
    builder.level(integer("lev", take("lev")));
    expect("comp");
    String comp = take("comp");
    // "N" means none; "C" is how Amanda before 2.2 wrote compress's ".Z"
    builder.compSuffix(comp.equals("N") ? "" : comp.equals("C") ? ".Z" : comp);
    // Amanda treats "program" and everything after it as optional
    if (next < tokens.size()) {
      expect("program");
      builder.program(take("program"));
      readOptions(builder);
    }
  }

  private void readPart(FileHeaderBuilder builder) throws MalformedHeaderException {
    expect("part");
    String part = take("part");
    int slash = part.indexOf('/');
    if (slash < 0) {
      throw new MalformedHeaderException(
          "part", "expected <n>/<total>, got " + HeaderReader.quote(part), line);
    }
    builder.partNumber(integer("part", part.substring(0, slash)));
    builder.totalParts(integer("part", part.substring(slash + 1)));
  }

  /** The key-value pairs after the program, in any order. */
  private void readOptions(FileHeaderBuilder builder) throws MalformedHeaderException {
    while (next < tokens.size()) {
      String key = tokens.get(next++);
      String value = take(key);
      switch (key) {
        // "crypt N" is Amanda's old way of saying not encrypted
        case "crypt" -> builder.encryptSuffix(value.equals("N") ? "" : value);
        case "server_custom_compress" -> builder.serverCustomCompress(value);
        case "client_custom_compress" -> builder.clientCustomCompress(value);
        case "server_encrypt" -> builder.serverEncrypt(value);
        case "client_encrypt" -> builder.clientEncrypt(value);
        case "server_decrypt_option" -> builder.serverDecryptOption(value);
        case "client_decrypt_option" -> builder.clientDecryptOption(value);
        default ->
            throw new MalformedHeaderException(
                "first line", "unknown option " + HeaderReader.quote(key), line);
      }
    }
  }

  private void expect(String keyword) throws MalformedHeaderException {
    String token = take(keyword);
    if (!token.equals(keyword)) {
      throw new MalformedHeaderException(
          keyword,
          "expected " + HeaderReader.quote(keyword) + ", got " + HeaderReader.quote(token),
          line);
    }
  }

  private String take(String field) throws MalformedHeaderException {
    if (next >= tokens.size()) {
      throw new MalformedHeaderException(field, "missing, the line ends early", line);
    }
    return tokens.get(next++);
  }

  private int integer(String field, String token) throws MalformedHeaderException {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      throw new MalformedHeaderException(
          field, "expected a number, got " + HeaderReader.quote(token), line);
    }
  }

  /** Splits at runs of spaces, keeping a double-quoted token (with its escapes) whole. */
  private static List<String> split(String line) throws MalformedHeaderException {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      if (line.charAt(i) == ' ') {
        i++;
        continue;
      }
      int start = i;
      boolean quoted = false;
      while (i < line.length() && (quoted || line.charAt(i) != ' ')) {
        char c = line.charAt(i);
        if (c == '\\' && quoted) {
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        }
        i++;
      }
      if (quoted) {
        throw new MalformedHeaderException("disk", "unterminated quoted string", line);
      }
      out.add(line.substring(start, Math.min(i, line.length())));
    }
    return out;
  }
}
