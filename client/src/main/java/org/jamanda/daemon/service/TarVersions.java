package org.jamanda.daemon.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version lines of the tars one selfcheck runs, each asked once. A tar that cannot say its
 * version is logged at WARN with the reason; the reply only says the version is unknown. Not
 * thread-safe; one per request.
 */
final class TarVersions {
  private static final Logger log = LoggerFactory.getLogger(TarVersions.class);

  private final Duration timeout;
  private final Map<Path, Optional<String>> lines = new HashMap<>();

  TarVersions(Duration timeout) {
    this.timeout = timeout;
  }

  /** The first line of {@code tar --version}, empty when it could not be had. */
  Optional<String> versionLine(Path tar) {
    return lines.computeIfAbsent(tar, this::ask);
  }

  private Optional<String> ask(Path tar) {
    try {
      String line = GnuTar.versionLine(tar, timeout);
      if (!GnuTar.isGnu(line)) {
        log.warn("tar is not GNU tar tar={} version=\"{}\"", tar, line);
      }
      return Optional.of(line);
    } catch (IOException e) {
      log.warn("tar version unknown tar={} reason=\"{}\"", tar, e.getMessage());
      return Optional.empty();
    }
  }
}
