package org.jamanda.net.plan;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jamanda.net.PortRange;
import org.jamanda.net.ServicesFile;

/** Builds {@link PortPlanInput}s for tests: bsd, no ranges, no named ports unless told. */
final class Inputs {
  private int inparallel = 10;
  private int maxdumps = 8;
  private Set<Auth> auths = EnumSet.of(Auth.BSD);
  private Optional<PortRange> unreservedTcp = Optional.empty();
  private Optional<PortRange> reservedUdp = Optional.empty();
  private Optional<PortRange> reservedTcp = Optional.empty();
  private ServicesFile services = ServicesFile.empty();
  private int clientPort = PortPlanInput.DEFAULT_CLIENT_PORT;
  private boolean legacy;

  static Inputs bsd() {
    return new Inputs();
  }

  Inputs inparallel(int value) {
    inparallel = value;
    return this;
  }

  Inputs maxdumps(int value) {
    maxdumps = value;
    return this;
  }

  Inputs auths(Auth first, Auth... rest) {
    auths = EnumSet.of(first, rest);
    return this;
  }

  Inputs unreservedTcp(int low, int high) {
    unreservedTcp = Optional.of(new PortRange(low, high));
    return this;
  }

  Inputs reservedUdp(int low, int high) {
    reservedUdp = Optional.of(new PortRange(low, high));
    return this;
  }

  Inputs reservedTcp(int low, int high) {
    reservedTcp = Optional.of(new PortRange(low, high));
    return this;
  }

  Inputs services(ServicesFile value) {
    services = value;
    return this;
  }

  Inputs clientPort(int value) {
    clientPort = value;
    return this;
  }

  Inputs legacyRecovery() {
    legacy = true;
    return this;
  }

  PortPlanInput build() {
    return new PortPlanInput(
        inparallel,
        maxdumps,
        auths,
        unreservedTcp,
        reservedUdp,
        reservedTcp,
        services,
        clientPort,
        legacy);
  }

  PortPlan plan() {
    return PortPlanner.plan(build());
  }

  /** The chapter's worked example: inparallel 10, maxdumps 8, bsd, 50000..50023, 840..860. */
  static Inputs workedExample() {
    return bsd().inparallel(10).maxdumps(8).unreservedTcp(50000, 50023).reservedUdp(840, 860);
  }
}
