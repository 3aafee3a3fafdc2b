package org.jamanda.daemon.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.protocol.service.ClientMessage;
import org.jamanda.protocol.service.DleOptions.DataPath;
import org.jamanda.protocol.service.DleRequest;
import org.jamanda.protocol.service.DleScript;
import org.jamanda.protocol.service.Estimate;
import org.jamanda.protocol.service.MessageEmitter;
import org.jamanda.protocol.service.MessageSeverity;
import org.jamanda.protocol.service.SelfcheckReply;
import org.jamanda.protocol.service.SelfcheckRequest;

/**
 * One selfcheck, in the order of Amanda 3.5.1's selfcheck.c: version, distribution, platform and
 * options; per DLE the option checks then the disk checks; then the checks for the whole host (GNU
 * tar, state directories, {@code /dev/null}, free space). Not thread-safe; one per request.
 *
 * <p>jamanda differs where it has no counterpart: it runs GNU tar without Amanda's set-uid {@code
 * runtar}, so there is no runtar check, and the directory of a GNUTAR DLE must be readable by
 * jamanda itself (Amanda only checks that it exists, as runtar reads it as root).
 */
final class SelfcheckRun {
  /** The free space Amanda's selfcheck wants in each checked directory, in KiB. */
  static final long REQUIRED_KB = 64;

  private final ClientSettings settings;
  private final SelfcheckRequest request;
  private final ProcessIds ids;
  private final SelfcheckMessages messages;
  private final AccessChecks access;
  private final TarVersions tarVersions;
  private final List<SelfcheckReply.Line> lines = new ArrayList<>();
  private boolean needGnutar;
  private boolean needAmandates;
  private boolean needDump;
  private boolean needRestore;
  private boolean needGlobal;

  SelfcheckRun(ClientSettings settings, SelfcheckRequest request, ProcessIds ids) {
    this.settings = settings;
    this.request = request;
    this.ids = ids;
    this.messages = new SelfcheckMessages(request.hostname().orElse(settings.localHostName()));
    this.access = new AccessChecks(MessageEmitter.SELFCHECK, ids);
    this.tarVersions = new TarVersions(settings.tarTimeout());
  }

  SelfcheckReply run() {
    header();
    for (DleRequest dle : request.dles()) {
      checkDle(dle);
    }
    overall();
    return new SelfcheckReply(request.wantsJson(), lines);
  }

  private void add(ClientMessage message) {
    lines.add(new SelfcheckReply.Message(message));
  }

  private void header() {
    add(messages.version(settings.version()));
    ClientPlatform platform = ClientPlatform.read(settings.osRelease());
    add(messages.distro(platform.distro()));
    add(messages.platform(platform.platform()));
    add(messages.options(JamandaFeatures.FEATURES.format()));
  }

  private void checkDle(DleRequest dle) {
    // Amanda's legacy options parser prints its complaints as bare lines while it reads.
    dle.optionErrors().forEach(e -> lines.add(new SelfcheckReply.Raw("ERROR [" + e + "]")));
    needGlobal = true;
    if (dle.program().equals(DleRequest.GNUTAR)) {
      checkGnutarOptions(dle);
    } else if (dle.program().equals(DleRequest.DUMP)) {
      // LIMITATION: jamanda has no dump backup program. A DUMP DLE gets Amanda's "DUMP program
      // not available" (and "RESTORE program not available" with an index) and no further
      // checks. Supporting it needs a dump application and its estimates in sendsize.
      needDump = true;
      needRestore |= dle.options().index();
    }
    checkAuth(dle);
    checkScripts(dle);
    if (dle.program().equals(DleRequest.GNUTAR)) {
      checkGnutarDisk(dle);
    } else if (dle.isApplication()) {
      checkApplication(dle);
    } else if (!dle.program().equals(DleRequest.DUMP)) {
      add(messages.application(dle, "unknown program; jamanda runs GNUTAR and APPLICATION amgtar"));
    }
  }

  // check_options for GNUTAR: a samba share waits for the disk check; otherwise GNU tar and
  // the exclude/include rules are needed.
  private void checkGnutarOptions(DleRequest dle) {
    if (!isSambaShare(dle)) {
      needGnutar = true;
      new FilterChecks(MessageEmitter.SELFCHECK, ids).check(dle, dle.device(), this::add);
    }
    needAmandates |= dle.estimate() == Estimate.CALCSIZE;
  }

  private static boolean isSambaShare(DleRequest dle) {
    return dle.device().startsWith("//");
  }

  private void checkAuth(DleRequest dle) {
    Optional<String> requested = dle.options().auth();
    Optional<String> served = settings.amandadAuth();
    if (requested.isPresent()
        && served.isPresent()
        && !requested.get().equalsIgnoreCase(served.get())) {
      add(messages.authMismatch(dle, served.get(), requested.get()));
      add(messages.authHint(dle, requested.get().equals("ssh")));
    }
  }

  // LIMITATION: jamanda does not run client-side scripts (dumptype "script" with execute-where
  // client). Each one is reported as an ERROR line naming it, where Amanda would run it, and
  // amcheck counts it as a problem. Lifting this needs a script runner that passes Amanda's
  // script arguments and relays the script's output, here and in sendsize and sendbackup.
  private void checkScripts(DleRequest dle) {
    for (DleScript script : dle.scripts()) {
      if (script.executeWhere().equals("CLIENT")) {
        add(
            messages.scriptError(
                "client script '"
                    + script.plugin()
                    + "' is not supported by jamanda; run it on "
                    + "the server or remove it from the dumptype"));
      }
    }
  }

  // check_disk for GNUTAR: the directory must be there, and readable since jamanda reads it
  // itself; 3600051 when not, else Amanda's three OK lines.
  private void checkGnutarDisk(DleRequest dle) {
    // LIMITATION: jamanda has no samba client, so a GNUTAR DLE on a //host/share disk gets the
    // ERROR Amanda gives when built without samba ("This client is not configured for samba").
    // Supporting it needs smbclient-driven backups and the amandapass checks of selfcheck.c.
    if (isSambaShare(dle)) {
      add(messages.noSamba(dle));
      return;
    }
    try {
      Path directory = WireText.toPath(dle.device());
      if (!Files.readAttributes(directory, BasicFileAttributes.class).isDirectory()) {
        add(messages.couldNotAccess(dle, Errno.ENOTDIR));
        return;
      }
      directory
          .getFileSystem()
          .provider()
          .checkAccess(directory, java.nio.file.AccessMode.READ, java.nio.file.AccessMode.EXECUTE);
    } catch (IOException e) {
      add(messages.couldNotAccess(dle, Errno.of(e)));
      return;
    }
    add(messages.disk(dle));
    add(messages.amdevice(dle));
    add(messages.device(dle));
  }

  // check_disk for an application: what selfcheck asks of the plugin, then its own selfcheck.
  private void checkApplication(DleRequest dle) {
    // LIMITATION: amgtar is the only application jamanda has. Any other plugin is answered with
    // Amanda's "Application '...'" and "can't run 'support' command" ERRORs, and its CALCSIZE
    // estimate and DIRECTTCP data path are refused the same way. Each new application needs its
    // own check here and its own backup and estimate code.
    if (!dle.programName().equals("amgtar")) {
      add(
          messages.application(
              dle, "jamanda has no application '" + dle.programName() + "'; it runs amgtar"));
      add(messages.cannotRunSupport(dle));
      return;
    }
    if (dle.options().dataPath() == DataPath.DIRECTTCP) {
      add(messages.noDirectTcp(dle));
    }
    if (dle.estimate() == Estimate.CALCSIZE) {
      add(messages.noCalcsize(dle));
    }
    new AmgtarCheck(settings, ids, tarVersions, messages.hostname()).check(dle, this::add);
  }

  private void overall() {
    if (needDump) {
      add(messages.dumpNotAvailable());
    }
    if (needRestore) {
      add(messages.restoreNotAvailable());
    }
    if (needGnutar) {
      checkGnutar();
    }
    if (needAmandates) {
      add(access.file(WireText.of(settings.amandates()), AccessMode.READ_WRITE));
    }
    if (needGlobal) {
      add(access.access("/dev/null", Path.of("/dev/null"), AccessMode.READ_WRITE));
      settings.spaceChecks().forEach(this::checkSpace);
    }
  }

  // GNU tar for the GNUTAR DLEs, then where its listed-incremental files go.
  private void checkGnutar() {
    Optional<Path> tar = GnuTar.locate(settings.gnutarPath(), settings.tarSearchPath());
    if (tar.isEmpty()) {
      add(messages.gnutarNotAvailable());
    } else {
      ClientMessage executable = access.file(WireText.of(tar.get()), AccessMode.EXECUTE);
      add(executable);
      boolean gnu =
          executable.severity() == MessageSeverity.INFO
              && tarVersions.versionLine(tar.get()).filter(GnuTar::isGnu).isPresent();
      if (executable.severity() == MessageSeverity.INFO && !gnu) {
        add(messages.gnutarNotAvailable());
      }
    }
    if (settings.gnutarListDir().isPresent()) {
      add(access.dir(WireText.of(settings.gnutarListDir().get()), AccessMode.READ_WRITE));
    } else {
      needAmandates = true;
    }
  }

  private void checkSpace(Path dir) {
    String name = WireText.of(dir);
    try {
      long kb = DiskSpace.availableKb(dir);
      if (kb < 0) {
        add(messages.spaceNone(name, REQUIRED_KB));
      } else if (kb < REQUIRED_KB) {
        add(messages.spaceShort(name, REQUIRED_KB, kb));
      } else {
        add(messages.spaceOk(name, kb));
      }
    } catch (IOException e) {
      add(messages.noFilesystemUsage(name, Errno.of(e)));
    }
  }
}
