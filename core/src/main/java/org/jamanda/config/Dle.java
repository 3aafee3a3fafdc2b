package org.jamanda.config;

import java.util.Optional;
import org.jamanda.config.parse.Location;

/**
 * A disklist entry: one disk (or directory) of one host to back up, how (its dumptype), and where
 * the disklist says so.
 *
 * <pre>
 * host     diskname  [diskdevice]  dumptype      [spindle [interface]]
 * db1      /var      -             comp-user     -1       local
 * </pre>
 *
 * <p>{@code spindle} is -1 when not given, {@code interfaceName} is "default" when not given.
 * Immutable.
 */
public record Dle(
    String host,
    String diskName,
    Optional<String> diskDevice,
    Section dumptype,
    int spindle,
    String interfaceName,
    Location location) {
  /** The dumptype's auth, as the DLE is reached with it. */
  public String auth() {
    return dumptype.value(DumptypeParameters.AUTH);
  }
}
