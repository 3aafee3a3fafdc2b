package org.jamanda.daemon.service;

import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jamanda.protocol.service.ClientMessage;
import org.jamanda.protocol.service.DleApplication;
import org.jamanda.protocol.service.DleRequest;
import org.jamanda.protocol.service.MessageEmitter;
import org.jamanda.protocol.service.MessageSeverity;

/**
 * The checks amgtar's selfcheck makes for one {@code APPLICATION amgtar} DLE (amgtar.c, {@code
 * amgtar_selfcheck}), in its order: property values, the DLE, exclude and include rules, GNU tar
 * and its version, the listed-incremental directory, and the directory to back up. jamanda runs
 * them in-process and reports them as Amanda's selfcheck relays amgtar's. Immutable.
 */
final class AmgtarCheck {
  private final ClientSettings settings;
  private final ProcessIds ids;
  private final TarVersions tarVersions;
  private final String hostname;

  AmgtarCheck(ClientSettings settings, ProcessIds ids, TarVersions tarVersions, String hostname) {
    this.settings = settings;
    this.ids = ids;
    this.tarVersions = tarVersions;
    this.hostname = hostname;
  }

  void check(DleRequest dle, Consumer<ClientMessage> report) {
    DleApplication application = dle.application().orElseThrow();
    AmgtarMessages messages = new AmgtarMessages(hostname, dle);
    AccessChecks access = new AccessChecks(MessageEmitter.AMGTAR, ids);

    // amgtar reports bad YES/NO values while it reads its arguments, before anything else.
    for (AmgtarProperty property : AmgtarProperty.values()) {
      Optional<String> value =
          property.isBoolean() ? property.valueIn(application) : Optional.empty();
      value
          .filter(v -> !isYesOrNo(v))
          .ifPresent(v -> report.accept(messages.badBooleanProperty(property, v)));
    }
    report.accept(messages.disk());
    report.accept(messages.version(settings.version()));
    String directory = AmgtarProperty.DIRECTORY.valueIn(application).orElse(dle.device());
    new FilterChecks(MessageEmitter.AMGTAR, ids).check(dle, directory, report);
    report.accept(messages.amgtar());
    checkTar(application, messages, access, report);

    Optional<String> listdir =
        AmgtarProperty.GNUTAR_LISTDIR
            .valueIn(application)
            .or(() -> settings.gnutarListDir().map(WireText::of))
            .filter(dir -> !dir.isEmpty());
    report.accept(
        listdir.isPresent()
            ? access.dir(listdir.get(), AccessMode.READ_WRITE)
            : messages.noListdir());
    report.accept(access.dir(directory, AccessMode.READ));
  }

  private void checkTar(
      DleApplication application,
      AmgtarMessages messages,
      AccessChecks access,
      Consumer<ClientMessage> report) {
    // The GNUTAR-PATH property, else jamanda's tar; kept as wire text until it is checked.
    Optional<String> name =
        AmgtarProperty.GNUTAR_PATH
            .valueIn(application)
            .or(
                () ->
                    GnuTar.locate(settings.gnutarPath(), settings.tarSearchPath())
                        .map(WireText::of));
    if (name.isEmpty()) {
      report.accept(messages.noGnutar());
      return;
    }
    ClientMessage executable = access.file(name.get(), AccessMode.EXECUTE);
    report.accept(executable);
    if (executable.severity() != MessageSeverity.INFO) {
      return;
    }
    reportVersion(name.get(), messages, report);
  }

  // amgtar prints the version from the first digit of "tar --version"; jamanda also insists on
  // GNU tar, whose incremental format it needs, and counts another tar as none.
  private void reportVersion(String name, AmgtarMessages messages, Consumer<ClientMessage> report) {
    Optional<String> line;
    try {
      line = tarVersions.versionLine(WireText.toPath(name));
    } catch (FileSystemException e) {
      line = Optional.empty();
    }
    if (line.isEmpty()) {
      report.accept(messages.cannotGetVersion(name));
    } else if (!GnuTar.isGnu(line.get())) {
      report.accept(messages.noGnutar());
    } else {
      report.accept(messages.gtarVersion(GnuTar.versionNumber(line.get())));
    }
  }

  private static boolean isYesOrNo(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    return upper.equals("YES") || upper.equals("NO");
  }
}
