package org.jamanda.net;

/**
 * The local port a routine bound, and the step of its bind order that gave it. Immutable.
 *
 * @param step the step that gave the port
 * @param port the bound local port, 1..65535
 */
public record AllocatedPort(BindStep step, int port) {
  public AllocatedPort {
    if (step == null) {
      throw new IllegalArgumentException("step is required");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("bad port " + port);
    }
  }

  /** True when the port is below 1024, as a peer's trust check would see it. */
  public boolean isPrivileged() {
    return PeerPorts.isPrivileged(port);
  }
}
