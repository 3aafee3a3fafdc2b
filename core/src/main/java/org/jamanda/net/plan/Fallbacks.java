package org.jamanda.net.plan;

import org.jamanda.net.PortRange;

/** What Amanda does when a range option is not set, in the words a report prints. */
final class Fallbacks {
  /** Where unprivileged listeners end up in Amanda 3.5 without a range: any unprivileged port. */
  static final PortRange ANY_UNPRIVILEGED = new PortRange(PortRange.FIRST_UNPRIVILEGED, 65535);

  private Fallbacks() {}

  static String whenNotSet(RangeOption option) {
    return switch (option) {
      case UNRESERVED_TCP_PORT ->
          "listeners try privileged 512..1023, then any port; sources take any port"
              + " (Amanda 3.5: 1024..65535): the firewall cannot be narrowed, see the helper";
      case RESERVED_UDP_PORT ->
          "requests go out from privileged 512..1023, then any port (which"
              + " amandad refuses): the reply rule must cover 512..1023";
      case RESERVED_TCP_PORT ->
          "privileged sources come from 512..1023, else the request is aborted";
    };
  }
}
