package org.jamanda.config;

import java.util.List;

/**
 * A dumptype's {@code recovery-limit} or {@code dump-limit}: which hosts may restore or start a
 * dump. {@code sameHost} allows the DLE's own host and {@code server} the server itself; {@code
 * patterns} are further host names. Immutable.
 */
public record HostLimit(boolean sameHost, boolean server, List<String> patterns) {
  public HostLimit {
    patterns = List.copyOf(patterns);
  }
}
