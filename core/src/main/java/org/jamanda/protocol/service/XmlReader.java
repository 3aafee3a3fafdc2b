package org.jamanda.protocol.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jamanda.protocol.MalformedPacketException;

/**
 * Reads the XML that Amanda's servers send as a stream of start tags, end tags and text, checking
 * that it is well formed. It knows elements, attributes, the five predefined entities and character
 * references, comments, processing instructions and CDATA; no DTDs or namespaces. Text between two
 * tags comes as one event. Not thread-safe.
 *
 * <pre>
 * &lt;dle&gt;
 *   &lt;disk encoding="raw" raw="L3RtcC9hIGI="&gt;/tmp/a_b&lt;/disk&gt;
 * &lt;/dle&gt;
 * </pre>
 */
final class XmlReader {
  /** Deepest nesting accepted; Amanda's DLEs nest four deep. */
  static final int MAX_DEPTH = 32;

  /** Longest element or attribute name accepted. */
  static final int MAX_NAME_CHARS = 128;

  private static final String FIELD = "xml";

  /** What an event is. */
  enum Kind {
    START,
    END,
    TEXT
  }

  /**
   * One event: an element opens or closes, or text. {@code at} indexes the body, for messages.
   *
   * @param kind what happened
   * @param name the element's name; empty for text
   * @param attributes the start tag's attributes in order; empty otherwise
   * @param text the decoded text; empty for tags
   * @param at where the event starts in the body
   */
  record Event(Kind kind, String name, Map<String, String> attributes, String text, int at) {}

  private final BodyText body;
  private final String in;
  private final Deque<Event> pending = new ArrayDeque<>();
  private final Deque<Event> open = new ArrayDeque<>();
  private final StringBuilder textRun = new StringBuilder();
  private int textStart = -1;
  private int pos;

  XmlReader(BodyText body, int start) {
    this.body = body;
    this.in = body.text();
    this.pos = start;
  }

  /** The next event, or null at the end of a well-formed input. */
  Event next() throws MalformedPacketException {
    while (pending.isEmpty()) {
      if (pos >= in.length()) {
        return finish();
      }
      step();
    }
    return pending.removeFirst();
  }

  /** The open element that encloses the current position, or null at the top level. */
  Event enclosing() {
    return open.peekFirst();
  }

  private Event finish() throws MalformedPacketException {
    flushText();
    if (!pending.isEmpty()) {
      return pending.removeFirst();
    }
    if (!open.isEmpty()) {
      Event top = open.peekFirst();
      throw body.error(
          FIELD,
          in.length(),
          "end of input inside '<" + top.name() + ">' opened at " + body.lineColumn(top.at()));
    }
    return null;
  }

  // Reads one piece of input: markup, or text up to the next '<'.
  private void step() throws MalformedPacketException {
    if (in.charAt(pos) != '<') {
      readText();
    } else if (in.startsWith("<!--", pos)) {
      pos = skipPast("-->", "comment");
    } else if (in.startsWith("<?", pos)) {
      pos = skipPast("?>", "processing instruction");
    } else if (in.startsWith("<![CDATA[", pos)) {
      int start = pos;
      int end = skipPast("]]>", "CDATA section");
      appendText(start, in.substring(start + 9, end - 3));
      pos = end;
    } else if (in.startsWith("<!", pos)) {
      throw body.error(FIELD, pos, "unsupported markup", in.substring(pos));
    } else if (in.startsWith("</", pos)) {
      readEndTag();
    } else {
      readStartTag();
    }
  }

  private int skipPast(String terminator, String what) throws MalformedPacketException {
    int end = in.indexOf(terminator, pos);
    if (end < 0) {
      throw body.error(FIELD, pos, "unterminated " + what, in.substring(pos));
    }
    return end + terminator.length();
  }

  private void readText() throws MalformedPacketException {
    int start = pos;
    int end = in.indexOf('<', pos);
    end = end < 0 ? in.length() : end;
    String raw = in.substring(start, end);
    if (open.isEmpty() && !raw.isBlank()) {
      throw body.error(FIELD, start, "text outside any element", raw.strip());
    }
    appendText(start, decode(raw, start));
    pos = end;
  }

  private void appendText(int start, String text) {
    if (textStart < 0) {
      textStart = start;
    }
    textRun.append(text);
  }

  private void flushText() {
    if (textStart >= 0 && !open.isEmpty()) {
      pending.addLast(new Event(Kind.TEXT, "", Map.of(), textRun.toString(), textStart));
    }
    textRun.setLength(0);
    textStart = -1;
  }

  private void readStartTag() throws MalformedPacketException {
    flushText();
    int start = pos;
    pos++;
    String name = readName(start);
    Map<String, String> attributes = new LinkedHashMap<>();
    while (true) {
      skipBlanks();
      if (pos >= in.length()) {
        throw body.error(FIELD, start, "unterminated start tag", in.substring(start));
      }
      char c = in.charAt(pos);
      if (c == '>' || in.startsWith("/>", pos)) {
        break;
      }
      readAttribute(start, attributes);
    }
    boolean empty = in.charAt(pos) == '/';
    pos += empty ? 2 : 1;
    open(new Event(Kind.START, name, Collections.unmodifiableMap(attributes), "", start));
    if (empty) {
      close(name, start);
    }
  }

  private void open(Event start) throws MalformedPacketException {
    if (open.size() >= MAX_DEPTH) {
      throw body.error(
          FIELD, start.at(), "elements nested deeper than " + MAX_DEPTH, "<" + start.name() + ">");
    }
    open.addFirst(start);
    pending.addLast(start);
  }

  private void readAttribute(int tagStart, Map<String, String> attributes)
      throws MalformedPacketException {
    int at = pos;
    String name = readName(tagStart);
    skipBlanks();
    if (pos >= in.length() || in.charAt(pos) != '=') {
      throw body.error(FIELD, at, "attribute without a value", in.substring(at));
    }
    pos++;
    skipBlanks();
    char quote = pos < in.length() ? in.charAt(pos) : ' ';
    int close = quote == '"' || quote == '\'' ? in.indexOf(quote, pos + 1) : -1;
    if (close < 0) {
      throw body.error(FIELD, at, "attribute value not in quotes", in.substring(at));
    }
    String raw = in.substring(pos + 1, close);
    if (raw.indexOf('<') >= 0) {
      throw body.error(FIELD, at, "'<' in an attribute value", raw);
    }
    if (attributes.put(name, decode(raw, pos + 1)) != null) {
      throw body.error(FIELD, at, "duplicate attribute", name);
    }
    pos = close + 1;
  }

  private void readEndTag() throws MalformedPacketException {
    flushText();
    int start = pos;
    pos += 2;
    String name = readName(start);
    skipBlanks();
    if (pos >= in.length() || in.charAt(pos) != '>') {
      throw body.error(FIELD, start, "unterminated end tag", in.substring(start));
    }
    pos++;
    close(name, start);
  }

  private void close(String name, int at) throws MalformedPacketException {
    Event top = open.peekFirst();
    if (top == null) {
      throw body.error(FIELD, at, "end tag without a start tag", "</" + name + ">");
    }
    if (!top.name().equals(name)) {
      throw body.error(
          FIELD,
          at,
          "end tag '</"
              + name
              + ">' does not match '<"
              + top.name()
              + ">' opened at "
              + body.lineColumn(top.at()));
    }
    open.removeFirst();
    pending.addLast(new Event(Kind.END, name, Map.of(), "", at));
  }

  private String readName(int tagStart) throws MalformedPacketException {
    int start = pos;
    while (pos < in.length() && isNameChar(in.charAt(pos), pos == start)) {
      pos++;
    }
    if (pos == start) {
      throw body.error(FIELD, tagStart, "bad tag", in.substring(tagStart));
    }
    if (pos - start > MAX_NAME_CHARS) {
      throw body.error(
          FIELD, start, "name longer than " + MAX_NAME_CHARS + " characters", in.substring(start));
    }
    return in.substring(start, pos);
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    return letter || (!first && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
  }

  private void skipBlanks() {
    while (pos < in.length() && QuotedStrings.isBlank(in.charAt(pos))) {
      pos++;
    }
  }

  // Replaces entity and character references; 'offset' is where 'raw' starts in the body.
  private String decode(String raw, int offset) throws MalformedPacketException {
    if (raw.indexOf('&') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int semi = raw.indexOf(';', i);
      if (semi < 0 || semi - i > 10) {
        throw body.error(FIELD, offset + i, "bad entity", raw.substring(i));
      }
      appendEntity(raw.substring(i + 1, semi), offset + i, out);
      i = semi + 1;
    }
    return out.toString();
  }

  private void appendEntity(String name, int at, StringBuilder out)
      throws MalformedPacketException {
    switch (name) {
      case "lt" -> out.append('<');
      case "gt" -> out.append('>');
      case "amp" -> out.append('&');
      case "quot" -> out.append('"');
      case "apos" -> out.append('\'');
      default -> appendCharacterReference(name, at, out);
    }
  }

  // "&#65;" or "&#x41;": appended as the UTF-8 bytes of the character, one char per byte, the
  // way the rest of the wire text holds bytes.
  private void appendCharacterReference(String name, int at, StringBuilder out)
      throws MalformedPacketException {
    int codePoint = -1;
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        codePoint = Integer.parseInt(name.substring(2), 16);
      } else if (name.startsWith("#")) {
        codePoint = Integer.parseInt(name.substring(1));
      }
    } catch (NumberFormatException e) {
      codePoint = -1;
    }
    if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT) {
      throw body.error(FIELD, at, "unknown entity", "&" + name + ";");
    }
    byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
    out.append(new String(utf8, StandardCharsets.ISO_8859_1));
  }
}
