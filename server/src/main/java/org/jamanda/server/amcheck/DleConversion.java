package org.jamanda.server.amcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jamanda.config.ApplicationParameters;
import org.jamanda.config.Compress;
import org.jamanda.config.DataPath;
import org.jamanda.config.Dle;
import org.jamanda.config.DumptypeParameters;
import org.jamanda.config.Encrypt;
import org.jamanda.config.Estimate;
import org.jamanda.config.ExIncludeList;
import org.jamanda.config.Property;
import org.jamanda.config.Section;
import org.jamanda.config.SectionKind;
import org.jamanda.config.ServerConfig;

/**
 * Turns a disklist entry and its dumptype into the {@link AmcheckDle} a selfcheck request is built
 * from. A DLE whose dumptype asks for what jamanda cannot send yet is refused with an error naming
 * the option, so it is never checked with part of its settings. Stateless.
 */
final class DleConversion {
  private DleConversion() {}

  /**
   * The DLE as amcheck sends it, or the error that says why it cannot be sent.
   *
   * @param config the configuration, for application definitions and the global maxdumps
   */
  static Result convert(Dle dle, ServerConfig config) {
    Section dumptype = dle.dumptype();
    List<String> unsupported = unsupported(dumptype);
    if (!unsupported.isEmpty()) {
      return new Result(Optional.empty(), Optional.of(refusal(dle, unsupported)));
    }
    Optional<AmcheckDle.Application> application = application(dumptype, config);
    AmcheckDle converted =
        new AmcheckDle(
            dle.diskName(),
            dle.diskDevice(),
            dumptype.value(DumptypeParameters.PROGRAM),
            application,
            dumptype.value(DumptypeParameters.ESTIMATE).stream().map(Estimate::name).toList(),
            dle.auth().toLowerCase(Locale.ROOT),
            Optional.of(dumptype.value(DumptypeParameters.CLIENT_PORT)).filter(p -> !p.isEmpty()),
            maxdumps(dumptype, config),
            compress(dumptype.value(DumptypeParameters.COMPRESS)),
            dumptype.value(DumptypeParameters.RECORD),
            dumptype.value(DumptypeParameters.INDEX),
            fileList(dumptype.value(DumptypeParameters.EXCLUDE)),
            fileList(dumptype.value(DumptypeParameters.INCLUDE)));
    return new Result(Optional.of(converted), Optional.empty());
  }

  /**
   * A converted DLE, or the reason there is none. Exactly one is present.
   *
   * @param dle the DLE to check
   * @param refusal the error printed instead
   */
  record Result(Optional<AmcheckDle> dle, Optional<CheckMessage> refusal) {}

  // LIMITATION: custom compression or encryption programs, encryption, kencrypt, scripts and the
  // DIRECTTCP data path are not put into selfcheck requests yet. Such a DLE is not checked; an
  // error naming the options is printed and counted. Lifting it needs their XML in DleText
  // (xml_optionstr and xml_scripts in diskfile.c) and fields for them in AmcheckDle.
  private static List<String> unsupported(Section dumptype) {
    List<String> out = new ArrayList<>();
    Compress compress = dumptype.value(DumptypeParameters.COMPRESS);
    if (compress == Compress.CLIENT_CUSTOM || compress == Compress.SERVER_CUSTOM) {
      out.add("compress " + compress.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (dumptype.value(DumptypeParameters.ENCRYPT) != Encrypt.NONE) {
      out.add(
          "encrypt " + dumptype.value(DumptypeParameters.ENCRYPT).name().toLowerCase(Locale.ROOT));
    }
    if (dumptype.value(DumptypeParameters.KENCRYPT)) {
      out.add("kencrypt");
    }
    if (!dumptype.value(DumptypeParameters.SCRIPT).isEmpty()) {
      out.add("script");
    }
    if (dumptype.value(DumptypeParameters.DATA_PATH) != DataPath.AMANDA) {
      out.add("data-path " + dumptype.value(DumptypeParameters.DATA_PATH));
    }
    return out;
  }

  private static CheckMessage refusal(Dle dle, List<String> unsupported) {
    return CheckMessage.of(
        Severity.ERROR,
        dle.host()
            + ":"
            + dle.diskName()
            + ": dumptype "
            + dle.dumptype().name()
            + " uses "
            + String.join(", ", unsupported)
            + ", which jamanda's amcheck cannot send yet",
        "this DLE is not checked; " + dle.location());
  }

  private static Optional<AmcheckDle.Application> application(
      Section dumptype, ServerConfig config) {
    String name = dumptype.value(DumptypeParameters.APPLICATION);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return config
        .section(SectionKind.APPLICATION, name)
        .map(
            app ->
                new AmcheckDle.Application(
                    app.value(ApplicationParameters.PLUGIN),
                    properties(app.value(ApplicationParameters.PROPERTY).asMap())));
  }

  private static Map<String, List<String>> properties(Map<String, Property> properties) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    properties.forEach((name, property) -> out.put(name, property.values()));
    return out;
  }

  // A dumptype's maxdumps defaults to the global one, as conffile.c initialises it.
  private static int maxdumps(Section dumptype, ServerConfig config) {
    return dumptype.isSet(DumptypeParameters.MAXDUMPS)
        ? dumptype.value(DumptypeParameters.MAXDUMPS)
        : config.maxdumps();
  }

  private static AmcheckDle.Compress compress(Compress compress) {
    return switch (compress) {
      case CLIENT_FAST -> AmcheckDle.Compress.CLIENT_FAST;
      case CLIENT_BEST -> AmcheckDle.Compress.CLIENT_BEST;
      case SERVER_FAST -> AmcheckDle.Compress.SERVER_FAST;
      case SERVER_BEST -> AmcheckDle.Compress.SERVER_BEST;
      case NONE, CLIENT_CUSTOM, SERVER_CUSTOM -> AmcheckDle.Compress.NONE;
    };
  }

  // Amanda's keyword "file" gives patterns, "list" gives files of patterns.
  private static AmcheckDle.FileList fileList(ExIncludeList list) {
    return new AmcheckDle.FileList(list.file(), list.list(), list.optional());
  }
}
