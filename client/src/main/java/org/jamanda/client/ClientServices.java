package org.jamanda.client;

import java.util.List;
import org.jamanda.daemon.Service;

/** The amandad services a client host offers, as jamanda implements them. */
public final class ClientServices {
  private ClientServices() {}

  /** Every implemented service; which of them run is up to amandad's command line. */
  public static List<Service> all() {
    return List.of();
  }
}
