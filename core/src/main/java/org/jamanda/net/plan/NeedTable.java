package org.jamanda.net.plan;

import static org.jamanda.net.plan.RangeOption.RESERVED_TCP_PORT;
import static org.jamanda.net.plan.RangeOption.RESERVED_UDP_PORT;
import static org.jamanda.net.plan.RangeOption.UNRESERVED_TCP_PORT;
import static org.jamanda.net.plan.Side.CLIENT;
import static org.jamanda.net.plan.Side.TAPE_SERVER;

import java.util.ArrayList;
import java.util.List;

/**
 * The ports each auth needs from each range, by the chapter's two summaries and the auth table of
 * amanda-auth(7).
 */
final class NeedTable {
  /** Data streams a bsd sendbackup listens for in the chapter: DATA, MESG, INDEX. */
  static final int CHAPTER_STREAMS = 3;

  /** Data streams of Amanda 3.5 with amgtar: DATA, MESG, INDEX and STATE. */
  static final int STREAMS_WITH_STATE = 4;

  /** Processes besides the dumpers that open a request connection: planner and amcheck. */
  static final int NON_DUMPER_REQUESTERS = 2;

  private NeedTable() {}

  static List<PortNeed> needs(PortPlanInput input) {
    List<PortNeed> needs = new ArrayList<>();
    for (Auth auth : input.auths()) {
      needs.addAll(needs(auth, input.inparallel(), input.largestMaxdumps()));
    }
    return needs;
  }

  static List<PortNeed> needs(Auth auth, int inparallel, int maxdumps) {
    List<PortNeed> needs = new ArrayList<>();
    needs.add(serverUnreserved(auth, inparallel));
    switch (auth) {
      case BSD -> {
        needs.add(bsdListeners(maxdumps));
        needs.add(udpSources(auth, inparallel));
      }
      case BSDUDP -> {
        needs.add(same(auth, CLIENT, UNRESERVED_TCP_PORT, maxdumps, bsdudpListenerWhy(maxdumps)));
        needs.add(udpSources(auth, inparallel));
      }
      case BSDTCP, KRB5 -> needs.add(privilegedTcpSources(auth, inparallel));
      case SSL, LOCAL, SSH, RSH -> {
        // Only the local connection to taper, counted above.
      }
    }
    return needs;
  }

  // Dumpers connect to the client (bsd, bsdudp, ssl) and to taper from this range: the chapter's
  // two per dumper. Under the other auths only the local connection to taper is left.
  private static PortNeed serverUnreserved(Auth auth, int inparallel) {
    if (auth.usesUdpRequests() || auth == Auth.SSL) {
      String why = "2 x inparallel " + inparallel + ": dumper sources, to the client and to taper";
      return same(auth, TAPE_SERVER, UNRESERVED_TCP_PORT, 2 * inparallel, why);
    }
    String why = "1 x inparallel " + inparallel + ": dumper sources to taper (localhost)";
    return same(auth, TAPE_SERVER, UNRESERVED_TCP_PORT, inparallel, why);
  }

  private static PortNeed bsdListeners(int maxdumps) {
    String why =
        String.format(
            "%d x maxdumps %d: sendbackup listeners DATA, MESG, INDEX; 3.5 adds STATE (%d x = %d)",
            CHAPTER_STREAMS, maxdumps, STREAMS_WITH_STATE, STREAMS_WITH_STATE * maxdumps);
    return new PortNeed(
        Auth.BSD,
        CLIENT,
        UNRESERVED_TCP_PORT,
        CHAPTER_STREAMS * maxdumps,
        STREAMS_WITH_STATE * maxdumps,
        why);
  }

  private static String bsdudpListenerWhy(int maxdumps) {
    return "1 x maxdumps " + maxdumps + ": one sendbackup listener per dump";
  }

  private static PortNeed udpSources(Auth auth, int inparallel) {
    String why = "1 x inparallel " + inparallel + ": one UDP socket per dumper";
    return same(auth, TAPE_SERVER, RESERVED_UDP_PORT, inparallel, why);
  }

  private static PortNeed privilegedTcpSources(Auth auth, int inparallel) {
    int ports = inparallel + NON_DUMPER_REQUESTERS;
    String why = "inparallel " + inparallel + " + 2: one connection per dumper, planner, amcheck";
    return same(auth, TAPE_SERVER, RESERVED_TCP_PORT, ports, why);
  }

  private static PortNeed same(Auth auth, Side side, RangeOption range, int ports, String why) {
    return new PortNeed(auth, side, range, ports, ports, why);
  }
}
