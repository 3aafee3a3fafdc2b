package org.jamanda.testing.amanda;

import java.nio.file.Path;

/**
 * Writes the text of a test configuration's {@code amanda.conf} and {@code disklist}: vtapes,
 * holding disk and state under the work directory, one dumptype named {@value #DUMPTYPE} with the
 * test's auth and client port.
 *
 * <p>Stateless and thread-safe. Values are written in double quotes, so they may hold no quote,
 * backslash or line break; {@link #quote} refuses them.
 */
final class AmandaConfText {
  /** The dumptype every DLE of the disklist uses. */
  static final String DUMPTYPE = "harness-dle";

  private AmandaConfText() {}

  static String amandaConf(String name, ServerSettings settings, Path work) {
    StringBuilder conf = new StringBuilder();
    conf.append("# One jamanda test's server configuration; removed when the test ends.\n");
    line(conf, "org", quote(name));
    line(conf, "mailto", quote(""));
    line(conf, "dumpuser", quote(DebianAmanda.USER));
    line(conf, "inparallel", "2");
    line(conf, "maxdumps", "1");
    line(conf, "dumpcycle", "0");
    line(conf, "runspercycle", "1");
    line(conf, "tapecycle", "2 tapes");
    line(conf, "runtapes", "1");
    line(conf, "ctimeout", Integer.toString(settings.ctimeoutSeconds()));
    line(conf, "etimeout", "60");
    line(conf, "dtimeout", "120");
    settings.reservedUdpPort().ifPresent(r -> line(conf, "reserved-udp-port", r.toString()));
    settings.reservedTcpPort().ifPresent(r -> line(conf, "reserved-tcp-port", r.toString()));
    settings.unreservedTcpPort().ifPresent(r -> line(conf, "unreserved-tcp-port", r.toString()));
    storage(conf, name, work);
    dumptype(conf, settings);
    return conf.toString();
  }

  static String disklist(ServerSettings settings, Path data) {
    StringBuilder disklist = new StringBuilder();
    for (String host : settings.hosts()) {
      disklist.append(host).append(' ').append(quote(data.toString())).append(' ');
      disklist.append(DUMPTYPE).append('\n');
    }
    return disklist.toString();
  }

  // Labels, vtape changer, tapetype, holding disk and the state files.
  private static void storage(StringBuilder conf, String name, Path work) {
    line(conf, "labelstr", quote("^" + name + "-[0-9][0-9]*$"));
    line(conf, "autolabel", quote(name + "-%%") + " empty volume_error");
    conf.append("define changer harness-vtapes {\n");
    line(conf, "  tpchanger", quote("chg-disk:" + work.resolve("vtapes")));
    line(conf, "  property", quote("num-slot") + " " + quote("2"));
    line(conf, "  property", quote("auto-create-slot") + " " + quote("yes"));
    conf.append("}\n");
    line(conf, "tpchanger", quote("harness-vtapes"));
    conf.append("define tapetype HARNESS-VTAPE {\n  length 64 mbytes\n}\n");
    line(conf, "tapetype", quote("HARNESS-VTAPE"));
    conf.append("holdingdisk hd1 {\n");
    line(conf, "  directory", quote(work.resolve("holding").toString()));
    conf.append("  use 64 mbytes\n  chunksize 16 mbytes\n}\n");
    Path state = work.resolve("state");
    line(conf, "infofile", quote(state.resolve("curinfo").toString()));
    line(conf, "logdir", quote(state.resolve("log").toString()));
    line(conf, "indexdir", quote(state.resolve("index").toString()));
    line(conf, "tapelist", quote(state.resolve("tapelist").toString()));
  }

  private static void dumptype(StringBuilder conf, ServerSettings settings) {
    conf.append("define dumptype ").append(DUMPTYPE).append(" {\n");
    line(conf, "  program", quote("GNUTAR"));
    line(conf, "  compress", "none");
    line(conf, "  index", "yes");
    line(conf, "  estimate", "client");
    line(conf, "  auth", quote(settings.auth()));
    // A number, not a service name: Debian 12 lacks "amanda 10080/udp" (amanda-wire.md 2.5).
    settings.clientPort().ifPresent(port -> line(conf, "  client-port", Integer.toString(port)));
    conf.append("}\n");
  }

  private static void line(StringBuilder conf, String keyword, String value) {
    conf.append(keyword).append(' ').append(value).append('\n');
  }

  static String quote(String value) {
    if (value.contains("\"") || value.contains("\\") || value.contains("\n")) {
      throw new IllegalArgumentException("cannot quote for amanda.conf: '" + value + "'");
    }
    return "\"" + value + "\"";
  }
}
