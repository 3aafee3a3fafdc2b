package org.jamanda.protocol.service;

import org.jamanda.protocol.Feature;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.service.DleOptions.Compression;
import org.jamanda.protocol.service.DleOptions.Encryption;

/**
 * The options string of a legacy DLE line, {@code |;auth=bsdtcp;index;exclude-list=.excl;}, read as
 * Amanda 3.5.1's {@code parse_options} (client_util.c) reads it: words between semicolons, each
 * matched by a case-insensitive prefix; {@code auth=} only when the requester has {@code
 * fe_options_auth} and {@code bsd-auth} only with {@code fe_options_bsd_auth}. A word nobody knows,
 * or an option given twice, is recorded in {@link DleRequest#optionErrors} with Amanda's text.
 * Stateless.
 */
final class LegacyOptionString {
  private LegacyOptionString() {}

  static void apply(String options, Features peer, DleBuilder dle) {
    for (String word : options.split(";", -1)) {
      if (!word.isEmpty() && !word.equals("|")) {
        applyWord(word, peer, dle);
      }
    }
  }

  private static void applyWord(String word, Features peer, DleBuilder dle) {
    if (peer.has(Feature.FE_OPTIONS_AUTH) && starts(word, "auth=")) {
      if (dle.auth != null) {
        dle.optionErrors.add("multiple auth option " + QuotedStrings.quote(word.substring(5)));
      }
      dle.auth = word.substring(5);
    } else if (peer.has(Feature.FE_OPTIONS_BSD_AUTH) && starts(word, "bsd-auth")) {
      if (dle.auth != null) {
        dle.optionErrors.add("multiple auth option");
      }
      dle.auth = "bsd";
    } else if (!applyCompression(word, dle)
        && !applyEncryption(word, dle)
        && !applyFlag(word, dle)
        && !applyFilterParameter(word, dle)) {
      dle.optionErrors.add("unknown option: " + QuotedStrings.quote(word));
    }
  }

  private static boolean applyCompression(String word, DleBuilder dle) {
    Compression mode;
    String program = null;
    if (starts(word, "compress-fast")) {
      mode = Compression.FAST;
    } else if (starts(word, "compress-best")) {
      mode = Compression.BEST;
    } else if (starts(word, "srvcomp-fast")) {
      mode = Compression.SERVER_FAST;
    } else if (starts(word, "srvcomp-best")) {
      mode = Compression.SERVER_BEST;
    } else if (starts(word, "srvcomp-cust=")) {
      mode = Compression.SERVER_CUSTOM;
      program = word.substring("srvcomp-cust=".length());
    } else if (starts(word, "comp-cust=")) {
      mode = Compression.CUSTOM;
      program = word.substring("comp-cust=".length());
    } else {
      return false;
    }
    if (dle.compress != Compression.NONE) {
      dle.optionErrors.add("multiple compress option");
    }
    dle.compress = mode;
    if (program != null) {
      dle.compressProgram = program;
    }
    return true;
  }

  private static boolean applyEncryption(String word, DleBuilder dle) {
    if (starts(word, "encrypt-serv-cust=") || starts(word, "encrypt-cust=")) {
      if (dle.encrypt != Encryption.NONE) {
        dle.optionErrors.add("multiple encrypt option");
      }
      boolean server = starts(word, "encrypt-serv-cust=");
      dle.encrypt = server ? Encryption.SERVER_CUSTOM : Encryption.CUSTOM;
      dle.encryptProgram = word.substring(word.indexOf('=') + 1);
      return true;
    }
    if (starts(word, "server-decrypt-option=") || starts(word, "client-decrypt-option=")) {
      dle.decryptOption = word.substring(word.indexOf('=') + 1);
      return true;
    }
    return false;
  }

  private static boolean applyFlag(String word, DleBuilder dle) {
    if (starts(word, "no-record")) {
      if (!dle.record) {
        dle.optionErrors.add("multiple no-record option");
      }
      dle.record = false;
    } else if (starts(word, "index")) {
      if (dle.index) {
        dle.optionErrors.add("multiple index option");
      }
      dle.index = true;
    } else if (starts(word, "exclude-optional")) {
      if (dle.exclude.optional) {
        dle.optionErrors.add("multiple exclude-optional option");
      }
      dle.exclude.optional = true;
    } else if (word.equals("include-optional")) {
      if (dle.include.optional) {
        dle.optionErrors.add("multiple include-optional option");
      }
      dle.include.optional = true;
    } else if (starts(word, "kencrypt")) {
      dle.kencrypt = true;
    } else {
      return false;
    }
    return true;
  }

  /**
   * Applies {@code exclude-file=}, {@code exclude-list=}, {@code include-file=} or {@code
   * include-list=} with its quoted value; false when {@code word} is none of them. Also the form
   * sendsize accepts as bare words after the spindle, where Amanda 3.5.1 keeps the {@code =} in the
   * value by mistake; jamanda does not.
   */
  static boolean applyFilterParameter(String word, DleBuilder dle) {
    String value = QuotedStrings.unquote(word.substring(Math.min(word.length(), 13)));
    if (starts(word, "exclude-file=")) {
      dle.exclude.files.add(value);
    } else if (starts(word, "exclude-list=")) {
      dle.exclude.lists.add(value);
    } else if (starts(word, "include-file=")) {
      dle.include.files.add(value);
    } else if (starts(word, "include-list=")) {
      dle.include.lists.add(value);
    } else {
      return false;
    }
    return true;
  }

  private static boolean starts(String word, String prefix) {
    return LegacyDleParser.startsWithIgnoreCase(word, prefix);
  }
}
