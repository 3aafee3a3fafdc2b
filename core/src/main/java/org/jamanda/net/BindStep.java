package org.jamanda.net;

/**
 * Which step of a routine's bind order gave a port, in the chapter's order: the user range, then
 * the privileged ports, then whatever the kernel hands out.
 */
public enum BindStep {
  /**
   * The user range: {@code unreserved-tcp-port} for streams, {@code reserved-udp-port} for
   * datagrams.
   */
  USER_RANGE,

  /**
   * A privileged port: 512..1023, or {@code reserved-tcp-port} for the privileged stream client.
   */
  PRIVILEGED,

  /** Any port the kernel chooses (a bind to port 0). */
  ANY
}
