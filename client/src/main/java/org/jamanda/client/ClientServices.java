package org.jamanda.client;

import java.time.Clock;
import java.util.List;
import org.jamanda.daemon.Service;
import org.jamanda.daemon.service.ClientSettings;
import org.jamanda.daemon.service.GnuTarEstimator;
import org.jamanda.daemon.service.NoopService;
import org.jamanda.daemon.service.SelfcheckService;
import org.jamanda.daemon.service.SendsizeService;

/** The amandad services a client host offers, as jamanda implements them. */
public final class ClientServices {
  private ClientServices() {}

  /**
   * Every implemented service; which of them run is up to amandad's command line.
   *
   * <p>LIMITATION: sendsize and sendbackup are not implemented yet. A request for them is refused
   * with Amanda's "invalid service" NAK even when amandad's arguments enable them, so a planner or
   * dumper sees the refusal at once. Adding them means registering their services here.
   */
  public static List<Service> all(ClientSettings settings) {
    return List.of(
        new NoopService(),
        new SelfcheckService(settings),
        new SendsizeService(new GnuTarEstimator(settings), Clock.systemUTC()));
  }
}
