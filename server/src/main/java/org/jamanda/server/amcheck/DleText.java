package org.jamanda.server.amcheck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jamanda.protocol.Feature;
import org.jamanda.protocol.Features;

/**
 * One DLE of a selfcheck request, in the form the client understands: XML for clients with {@code
 * fe_req_xml}, else the old one-line form ({@code start_host} in amcheck.c, {@code xml_optionstr}
 * and {@code optionstr} in diskfile.c). Pure and thread-safe.
 *
 * <pre>
 * &lt;dle&gt;
 *   &lt;program&gt;GNUTAR&lt;/program&gt;
 *   &lt;estimate&gt;CLIENT &lt;/estimate&gt;
 *   &lt;disk&gt;/srv/amanda-lab/data/classic&lt;/disk&gt;
 *   &lt;auth&gt;bsd&lt;/auth&gt;
 *   &lt;record&gt;YES&lt;/record&gt;
 *   &lt;index&gt;YES&lt;/index&gt;
 *   &lt;datapath&gt;AMANDA&lt;/datapath&gt;
 * &lt;/dle&gt;
 *
 * GNUTAR /srv/amanda-lab/data/classic 0 OPTIONS |;auth=bsd;index;
 * </pre>
 */
final class DleText {
  private DleText() {}

  /** The {@code <dle>} element of {@code dle}, ending in a newline. */
  static String xml(AmcheckDle dle, Features theirs) {
    StringBuilder out = new StringBuilder("<dle>\n  <program>");
    out.append(dle.isBuiltInProgram() ? dle.program() : "APPLICATION").append("</program>\n");
    dle.application().ifPresent(app -> out.append(application(app)));
    out.append(estimate(dle, theirs)).append("\n  ").append(tag("disk", dle.disk())).append('\n');
    dle.device().ifPresent(d -> out.append("  ").append(tag("diskdevice", d)).append('\n'));
    out.append(String.join("\n", xmlOptions(dle, theirs))).append("</dle>\n");
    return out.toString();
  }

  /** The old text line of {@code dle}, ending in a newline; only for DUMP and GNUTAR. */
  static String line(AmcheckDle dle, Features theirs) {
    boolean calcsize =
        dle.estimates().get(0).equals("CALCSIZE") && theirs.has(Feature.FE_SELFCHECK_CALCSIZE);
    StringBuilder out = new StringBuilder(calcsize ? "CALCSIZE " : "");
    out.append(dle.program()).append(' ').append(quote(dle.disk()));
    dle.device().ifPresent(d -> out.append(' ').append(quote(d)));
    out.append(" 0 OPTIONS |").append(String.join(";", textOptions(dle, theirs))).append('\n');
    return out.toString();
  }

  private static String application(AmcheckDle.Application app) {
    StringBuilder out = new StringBuilder("  <backup-program>\n    ");
    out.append(tag("plugin", app.plugin())).append('\n');
    for (Map.Entry<String, List<String>> p : new TreeMap<>(app.properties()).entrySet()) {
      out.append("    <property>\n      ").append(tag("name", p.getKey())).append('\n');
      out.append("      ");
      p.getValue().forEach(v -> out.append(tag("value", v)));
      out.append("\n    </property>\n");
    }
    return out.append("  </backup-program>\n").toString();
  }

  // xml_estimate: every method with a space after each, or only the first for older clients.
  private static String estimate(AmcheckDle dle, Features theirs) {
    if (theirs.has(Feature.FE_XML_ESTIMATELIST)) {
      StringBuilder out = new StringBuilder("  <estimate>");
      dle.estimates().forEach(e -> out.append(e).append(' '));
      return out.append("</estimate>").toString();
    }
    String first = dle.estimates().get(0);
    String out = theirs.has(Feature.FE_XML_ESTIMATE) ? "  <estimate>" + first + "</estimate>" : "";
    return first.equals("CALCSIZE") ? out + "  <calcsize>YES</calcsize>" : out;
  }

  // One element per line; the trailing "" stands for the scripts, which end the list.
  private static List<String> xmlOptions(AmcheckDle dle, Features theirs) {
    List<String> out = new ArrayList<>();
    if (theirs.has(Feature.FE_OPTIONS_AUTH)) {
      out.add("  <auth>" + dle.auth() + "</auth>");
    }
    switch (dle.compress()) {
      case CLIENT_FAST -> out.add("  <compress>FAST</compress>");
      case CLIENT_BEST -> out.add("  <compress>BEST</compress>");
      case SERVER_FAST -> out.add("  <compress>SERVER-FAST</compress>");
      case SERVER_BEST -> out.add("  <compress>SERVER-BEST</compress>");
      case NONE -> {}
    }
    out.add("  <record>" + (dle.record() ? "YES" : "NO") + "</record>");
    if (dle.index()) {
      out.add("  <index>YES</index>");
    }
    if (theirs.has(Feature.FE_XML_DATA_PATH)) {
      out.add("  <datapath>AMANDA</datapath>");
    }
    fileList("exclude", dle.exclude()).ifPresent(out::add);
    fileList("include", dle.include()).ifPresent(out::add);
    out.add("");
    return out;
  }

  private static Optional<String> fileList(String name, AmcheckDle.FileList list) {
    if (list.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder("  <").append(name).append(">\n");
    list.files().forEach(f -> out.append("    ").append(tag("file", f)).append('\n'));
    list.lists().forEach(f -> out.append("    ").append(tag("list", f)).append('\n'));
    if (list.optional()) {
      out.append("    <optional>YES</optional>\n");
    }
    return Optional.of(out.append("  </").append(name).append('>').toString());
  }

  // optionstr: starts with an empty element, so the string starts and ends with ';'.
  private static List<String> textOptions(AmcheckDle dle, Features theirs) {
    List<String> out = new ArrayList<>(List.of(""));
    if (theirs.has(Feature.FE_OPTIONS_AUTH)) {
      out.add("auth=" + dle.auth());
    } else if (dle.auth().equalsIgnoreCase("bsd") && theirs.has(Feature.FE_OPTIONS_BSD_AUTH)) {
      out.add("bsd-auth");
    }
    textCompress(dle.compress()).ifPresent(out::add);
    if (!dle.record()) {
      out.add("no-record");
    }
    if (dle.index()) {
      out.add("index");
    }
    dle.exclude().files().forEach(f -> out.add("exclude-file=" + quote(f)));
    dle.exclude().lists().forEach(f -> out.add("exclude-list=" + quote(f)));
    dle.include().files().forEach(f -> out.add("include-file=" + quote(f)));
    dle.include().lists().forEach(f -> out.add("include-list=" + quote(f)));
    if (dle.exclude().optional()) {
      out.add("exclude-optional");
    }
    if (dle.include().optional()) {
      out.add("include-optional");
    }
    out.add("");
    return out;
  }

  private static Optional<String> textCompress(AmcheckDle.Compress compress) {
    return switch (compress) {
      case CLIENT_FAST -> Optional.of("compress-fast");
      case CLIENT_BEST -> Optional.of("compress-best");
      case SERVER_FAST -> Optional.of("srvcomp-fast");
      case SERVER_BEST -> Optional.of("srvcomp-best");
      case NONE -> Optional.empty();
    };
  }

  /**
   * {@code amxml_format_tag}: a value with spaces, quotes, markup or non-ASCII characters is sent
   * base64-encoded in a {@code raw} attribute, with those characters shown as {@code _}.
   */
  static String tag(String name, String value) {
    StringBuilder shown = new StringBuilder(value.length());
    boolean raw = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean plain = c > ' ' && c <= 127 && "<>\"&\\'".indexOf(c) < 0;
      raw |= !plain;
      shown.append(plain ? c : '_');
    }
    if (!raw) {
      return "<" + name + ">" + value + "</" + name + ">";
    }
    String b64 = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    return "<" + name + " encoding=\"raw\" raw=\"" + b64 + "\">" + shown + "</" + name + ">";
  }

  /** {@code quote_string}: quoted, with C escapes, when the text needs it. */
  static String quote(String text) {
    boolean needs = text.isEmpty();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      needs |= c <= ' ' || c == ':' || c == '\'' || c == '\\' || c == '"' || c == 0x7f;
    }
    if (!needs) {
      return text;
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
