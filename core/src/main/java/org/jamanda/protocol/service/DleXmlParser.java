package org.jamanda.protocol.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.service.XmlReader.Event;

/**
 * Parses the XML DLE list of a selfcheck, sendsize or sendbackup request into {@link DleRequest}s,
 * with the element rules of Amanda 3.5.1's {@code amxml.c}: where each element may appear, which
 * may appear once, and which values they take. Unlike Amanda it ignores elements it does not know
 * (with everything inside them) and reports their names, so a newer server's additions do no harm.
 * Thread-safe: each call of {@link #parse} reads with its own state.
 *
 * <pre>
 * &lt;dle&gt;
 *   &lt;program&gt;GNUTAR&lt;/program&gt;
 *   &lt;disk&gt;/srv/amanda-lab/data/classic&lt;/disk&gt;
 *   &lt;level&gt;0&lt;server&gt;YES&lt;/server&gt;&lt;/level&gt;
 *   &lt;exclude&gt;&lt;list&gt;.excludes&lt;/list&gt;&lt;optional&gt;YES&lt;/optional&gt;&lt;/exclude&gt;
 * &lt;/dle&gt;
 * </pre>
 */
public final class DleXmlParser {
  // The element each known element must sit in ("" = the top level).
  private static final Map<String, Set<String>> PARENTS = parents();

  // Elements a DLE may hold at most once.
  private static final Set<String> ONCE =
      Set.of(
          "disk",
          "diskdevice",
          "calcsize",
          "estimate",
          "record",
          "spindle",
          "program",
          "auth",
          "index",
          "dumpdate",
          "compress",
          "encrypt",
          "kencrypt",
          "datapath",
          "exclude",
          "include",
          "backup-program");

  private final BodyText body;
  private final Consumer<String> ignored;
  private final XmlReader reader;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final List<DleRequest> dles = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final DleXmlValues values;
  private int skipDepth;

  /** An open element: its name, where it starts, and its decoded {@code raw} attribute. */
  record Frame(String name, int at, String raw) {}

  private DleXmlParser(BodyText body, int start, Consumer<String> ignored) {
    this.body = body;
    this.ignored = ignored;
    this.reader = new XmlReader(body, start);
    this.values = new DleXmlValues(body);
  }

  /**
   * Parses {@code xml}, a sequence of {@code <dle>} elements.
   *
   * @param name what the body is, for messages (e.g. {@code selfcheck request})
   * @param xml the XML text
   * @param firstLine the line number of the text's first line within the request, for messages
   * @param ignoredElements told the name of each unknown element that was skipped
   * @throws MalformedPacketException naming line, column and the offending input
   */
  public static List<DleRequest> parse(
      String name, String xml, int firstLine, Consumer<String> ignoredElements)
      throws MalformedPacketException {
    return parse(new BodyText(name, xml, firstLine), 0, ignoredElements);
  }

  static List<DleRequest> parse(BodyText body, int start, Consumer<String> ignoredElements)
      throws MalformedPacketException {
    DleXmlParser parser = new DleXmlParser(body, start, ignoredElements);
    for (Event e = parser.reader.next(); e != null; e = parser.reader.next()) {
      parser.handle(e);
    }
    return List.copyOf(parser.dles);
  }

  private void handle(Event e) throws MalformedPacketException {
    if (skipDepth > 0) {
      skipDepth += e.kind() == XmlReader.Kind.START ? 1 : e.kind() == XmlReader.Kind.END ? -1 : 0;
      return;
    }
    switch (e.kind()) {
      case START -> start(e);
      case TEXT -> text(e);
      case END -> end();
    }
  }

  private void start(Event e) throws MalformedPacketException {
    String name = e.name();
    Set<String> allowed = PARENTS.get(name);
    if (allowed == null) {
      skipDepth = 1;
      ignored.accept(name);
      return;
    }
    String parent = frames.isEmpty() ? "" : frames.peekFirst().name();
    if (!allowed.contains(parent)) {
      throw body.error(name, e.at(), "'<" + name + ">' is not allowed " + place(parent));
    }
    if (name.equals("dle")) {
      values.startDle();
      seen.clear();
    } else if (ONCE.contains(name) && !seen.add(name)) {
      throw body.error(name, e.at(), "duplicate '<" + name + ">' in one DLE");
    }
    values.start(name);
    frames.addFirst(new Frame(name, e.at(), raw(e)));
  }

  private static String place(String parent) {
    return parent.isEmpty() ? "at the top level" : "inside '<" + parent + ">'";
  }

  // Amanda's servers send awkward strings as <disk encoding="raw" raw="base64">.
  private String raw(Event e) throws MalformedPacketException {
    String raw = e.attributes().get("raw");
    if (raw == null) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(raw), StandardCharsets.ISO_8859_1);
    } catch (IllegalArgumentException bad) {
      throw body.error(e.name(), e.at(), "'raw' attribute is not base64:", raw);
    }
  }

  // As amxml.c's amtext: blank text is ignored, trailing spaces are cut, a raw attribute wins.
  private void text(Event e) throws MalformedPacketException {
    Frame frame = frames.peekFirst();
    String text = e.text();
    if (isBlank(text)) {
      return;
    }
    if (frame.raw() != null) {
      text = frame.raw();
    } else {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      text = text.substring(0, end);
    }
    if (isBlank(text)) {
      return;
    }
    Iterator<Frame> outward = frames.iterator();
    outward.next();
    String parent = outward.hasNext() ? outward.next().name() : "";
    values.text(frame.name(), parent, text, e.at());
  }

  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!QuotedStrings.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void end() throws MalformedPacketException {
    Frame frame = frames.removeFirst();
    String parent = frames.isEmpty() ? "" : frames.peekFirst().name();
    DleRequest done = values.end(frame.name(), parent, frame.at());
    if (done != null) {
      dles.add(done);
    }
  }

  private static Map<String, Set<String>> parents() {
    Set<String> dle = Set.of("dle");
    Set<String> filter = Set.of("exclude", "include");
    Set<String> programs = Set.of("backup-program", "script");
    return Map.ofEntries(
        Map.entry("dle", Set.of("")),
        Map.entry("disk", dle),
        Map.entry("diskdevice", dle),
        Map.entry("calcsize", dle),
        Map.entry("estimate", dle),
        Map.entry("program", dle),
        Map.entry("auth", dle),
        Map.entry("index", dle),
        Map.entry("dumpdate", dle),
        Map.entry("level", dle),
        Map.entry("record", dle),
        Map.entry("spindle", dle),
        Map.entry("compress", dle),
        Map.entry("encrypt", dle),
        Map.entry("kencrypt", dle),
        Map.entry("datapath", dle),
        Map.entry("exclude", dle),
        Map.entry("include", dle),
        Map.entry("backup-program", dle),
        Map.entry("script", dle),
        Map.entry("server", Set.of("level")),
        Map.entry("custom-compress-program", Set.of("compress")),
        Map.entry("custom-encrypt-program", Set.of("encrypt")),
        Map.entry("decrypt-option", Set.of("encrypt")),
        Map.entry("plugin", programs),
        Map.entry("client_name", programs),
        Map.entry("property", Set.of("backup-program", "script", "dle")),
        Map.entry("name", Set.of("property")),
        Map.entry("priority", Set.of("property")),
        Map.entry("value", Set.of("property")),
        Map.entry("file", filter),
        Map.entry("list", filter),
        Map.entry("optional", filter),
        Map.entry("execute_on", Set.of("script")),
        Map.entry("execute_where", Set.of("script")),
        Map.entry("directtcp", Set.of("datapath")));
  }
}
