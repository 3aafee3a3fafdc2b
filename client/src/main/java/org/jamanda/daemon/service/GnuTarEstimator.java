package org.jamanda.daemon.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jamanda.application.DumpRequest;
import org.jamanda.application.GnuTarEstimate;
import org.jamanda.protocol.service.DleRequest;

/**
 * Sizes GNUTAR and amgtar DLEs with a GNU tar dry run against a copy of the DLE's snapshot, so the
 * estimate never changes what the next dump starts from. Thread-safe.
 */
public final class GnuTarEstimator implements Estimator {
  /** How long one estimate may run; Amanda's planner allows etimeout, 300 s a DLE by default. */
  static final Duration TIMEOUT = Duration.ofMinutes(30);

  private final ClientSettings settings;

  public GnuTarEstimator(ClientSettings settings) {
    this.settings = settings;
  }

  @Override
  public boolean supports(DleRequest dle) {
    String program = dle.programName();
    return program.equals(DleRequest.GNUTAR) || program.equals("amgtar");
  }

  // LIMITATION: exclude and include lists (files on the client naming patterns) and include
  // patterns are not applied to estimates. Such a DLE's estimate is answered with an ERROR line
  // naming the reason, so the planner reports it. Lifting it means reading the lists, as
  // GnuTarBackup will need to for dumps too, and passing them in the DumpRequest.
  @Override
  public long estimateKib(String host, DleRequest dle, int level) throws EstimateException {
    if (!dle.options().exclude().lists().isEmpty() || !dle.options().include().isEmpty()) {
      throw new EstimateException("[exclude and include lists are not supported by jamanda yet]");
    }
    if (level > DumpRequest.MAX_LEVEL) {
      throw new EstimateException("[level " + level + " is above GNU tar's 9]");
    }
    Path tar =
        GnuTar.locate(settings.gnutarPath(), settings.tarSearchPath())
            .orElseThrow(() -> new EstimateException("[GNU tar not found]"));
    Optional<Path> listDir = settings.gnutarListDir();
    if (listDir.isEmpty()) {
      throw new EstimateException("[no gnutar-list-dir configured]");
    }
    DumpRequest request =
        new DumpRequest(
            host,
            dle.disk(),
            Path.of(dle.device()),
            level,
            dle.options().exclude().files(),
            java.util.List.of());
    try {
      return new GnuTarEstimate(tar, listDir.get(), TIMEOUT).estimateKiB(request);
    } catch (IOException e) {
      throw new EstimateException("[" + e.getMessage() + "]", e);
    }
  }
}
