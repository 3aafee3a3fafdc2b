package org.jamanda.config;

import java.util.Set;

/**
 * The one table of the keywords jamanda acts on. Every other keyword is still read and checked as
 * Amanda reads it, then recorded as ignored ({@link IgnoredKeyword}) so that {@code amgetconf
 * --ignored} can list it. Later work adds keywords here as it implements them.
 *
 * <p>An entry is a keyword, acted on in every section it may appear in, or {@code KIND:KEYWORD},
 * acted on only in that kind of section.
 */
public final class ActedOnKeywords {
  private static final Set<String> ENTRIES =
      Set.of(
          "inparallel",
          "maxdumps",
          "auth",
          "client-port",
          "reserved-udp-port",
          "reserved-tcp-port",
          "unreserved-tcp-port",
          "dumpcycle",
          "runspercycle",
          "tapecycle",
          "tapetype",
          "tpchanger",
          "tapedev",
          "labelstr",
          "autolabel",
          "holdingdisk",
          "holdingdisk:directory",
          "holdingdisk:use",
          "holdingdisk:chunksize",
          "infofile",
          "logdir",
          "indexdir",
          "tapelist",
          "diskfile",
          "ctimeout",
          "etimeout",
          "dtimeout",
          "req-tries",
          "rep-tries",
          "connect-tries",
          "program",
          "application",
          "compress",
          "index",
          "record",
          "exclude",
          "include",
          "estimate",
          "strategy",
          "dumporder",
          "netusage",
          "tapetype:length",
          "conf",
          "index-server",
          "tape-server",
          "gnutar-list-dir",
          "amandates",
          "property");

  private ActedOnKeywords() {}

  /** True when jamanda acts on {@code keyword} (spelled as the manual does) in {@code kind}. */
  public static boolean isActedOn(SectionKind kind, String keyword) {
    return ENTRIES.contains(keyword) || ENTRIES.contains(kind.keyword() + ":" + keyword);
  }

  /** The entries of the table. */
  public static Set<String> entries() {
    return ENTRIES;
  }
}
