package org.jamanda.protocol.service;

import java.util.ArrayList;
import java.util.List;
import org.jamanda.protocol.Features;

/**
 * The body of a sendsize REP or PREP: the OPTIONS line with the client's features, then one line
 * per DLE and level, a size in KiB or an error (sendsize.c). A PREP carries what is known so far
 * and the REP repeats it all.
 *
 * <pre>
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;
 * /srv/amanda-lab/data/bsd 0 SIZE 1030
 * /srv/amanda-lab/data/bsd 1 SIZE 10
 * "/srv/with space" 0 ERROR [tar exited with status 2]
 * </pre>
 *
 * Not thread-safe: one service run builds it.
 */
public final class SendsizeReply {
  private final Features features;
  private final List<String> lines = new ArrayList<>();

  public SendsizeReply(Features features) {
    this.features = features;
  }

  /** Adds the estimate of {@code disk} at {@code level}: KiB, or -1 when it could not be had. */
  public void size(String disk, int level, long kib) {
    lines.add(QuotedStrings.quote(disk) + " " + level + " SIZE " + kib);
  }

  /** Adds an error for {@code disk} at {@code level}, as {@code DISK LEVEL ERROR MESSAGE}. */
  public void error(String disk, int level, String message) {
    lines.add(QuotedStrings.quote(disk) + " " + level + " ERROR " + message);
  }

  /** The body as sent: the options line, then every line added so far. */
  public String format() {
    StringBuilder out = new StringBuilder("OPTIONS features=").append(features.format());
    out.append(";\n");
    lines.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }
}
