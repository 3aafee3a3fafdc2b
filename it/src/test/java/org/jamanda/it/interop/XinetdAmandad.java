package org.jamanda.it.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jamanda.testing.amanda.DiagnosticSource;
import org.jamanda.testing.amanda.PrivateXinetd;
import org.jamanda.testing.amanda.TempFiles;
import org.jamanda.testing.amanda.XinetdService;

/**
 * An amandad that a {@link PrivateXinetd} starts on the first datagram to its one service, with an
 * optional directory its servers write logs into (quoted on failure, deleted on close).
 */
final class XinetdAmandad implements RunningAmandad {
  private final PrivateXinetd xinetd;
  private final Optional<Path> logDirectory;

  private XinetdAmandad(PrivateXinetd xinetd, Optional<Path> logDirectory) {
    this.xinetd = xinetd;
    this.logDirectory = logDirectory;
  }

  /** Starts xinetd with {@code service}; the log directory is deleted if the start fails. */
  static XinetdAmandad start(XinetdService service, Optional<Path> logDirectory)
      throws IOException, InterruptedException {
    try {
      return new XinetdAmandad(PrivateXinetd.start(List.of(service)), logDirectory);
    } catch (IOException | InterruptedException | RuntimeException e) {
      if (logDirectory.isPresent()) {
        TempFiles.deleteTree(logDirectory.get());
      }
      throw e;
    }
  }

  @Override
  public int port() {
    return xinetd.services().get(0).port();
  }

  @Override
  public String diagnostics() {
    return xinetd.diagnostics() + logDirectory.map(XinetdAmandad::logs).orElse("");
  }

  @Override
  public void close() throws IOException {
    try {
      xinetd.close();
    } finally {
      if (logDirectory.isPresent()) {
        TempFiles.deleteTree(logDirectory.get());
      }
    }
  }

  private static String logs(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .sorted()
          .map(file -> "---- " + file + " ----\n" + DiagnosticSource.readFile(file))
          .collect(Collectors.joining());
    } catch (IOException e) {
      return "(cannot list " + directory + ": " + e + ")\n";
    }
  }
}
