package org.jamanda.server.amcheck;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jamanda.net.PortAllocator;

/**
 * amcheck's checks of the tape server itself: the local checks ({@code -l}: holding disks, port
 * ranges, the privileged source port) and the tape checks ({@code -t}: the changer and its
 * volumes).
 *
 * <pre>
 * Amanda Tape Server Host Check
 * -----------------------------
 * NOTE: Holding disk '/srv/amanda-lab/holding': 82837504 KB disk space available, using 262144 KB as requested
 * slot 1: volume 'Lab-1'
 * Will write to volume 'Lab-1' in slot 1.
 * NOTE: skipping tape-writable test
 * Server check took 0.329 seconds
 * </pre>
 *
 * <p>Stateless apart from its inputs; one run at a time.
 */
public final class ServerChecks {
  /** What Amanda's amcheck also looks at and jamanda does not yet; said once, never hidden. */
  static final String NOT_CHECKED =
      "jamanda does not check yet: the log, info and index directories, the tapelist, the"
          + " server programs, the tapetype settings";

  private final AmcheckSite site;
  private final PortAllocator allocator;
  private final Clock clock;

  /**
   * @param allocator binds the request socket the way the client checks would
   */
  public ServerChecks(AmcheckSite site, PortAllocator allocator, Clock clock) {
    this.site = site;
    this.allocator = allocator;
    this.clock = clock;
  }

  /**
   * Runs the local checks, the tape checks, or both, and reports to {@code out}.
   *
   * @return how many problems were found
   */
  public int run(boolean localChecks, boolean tapeChecks, Reporter out) {
    Instant start = clock.instant();
    out.println("Amanda Tape Server Host Check");
    out.println("-----------------------------");
    Findings found = Findings.EMPTY;
    if (localChecks) {
      found = found.with(local());
    }
    if (tapeChecks) {
      found = found.with(tape());
    }
    found.printTo(out);
    Duration took = Duration.between(start, clock.instant());
    out.println("Server check took " + Walltime.seconds(took) + " seconds");
    return found.problems();
  }

  private Findings local() {
    HoldingDiskCheck holding = new HoldingDiskCheck(site.displayunit());
    Findings found = Findings.EMPTY;
    for (HoldingDisk disk : site.holdingDisks()) {
      found = found.with(holding.check(disk));
    }
    found = found.with(PortChecks.ranges(site.portPlan(), site.config()));
    found = found.with(PortChecks.privilege(allocator, site.auths()));
    return found.withNote(CheckMessage.of(Severity.INFO, NOT_CHECKED));
  }

  private Findings tape() {
    Optional<String> changer = site.changer();
    if (changer.isEmpty()) {
      return Findings.EMPTY.withNote(
          CheckMessage.of(
              Severity.WARNING,
              "Parameter \"tapedev\", \"tpchanger\" or storage not specified in amanda.conf"));
    }
    String spec = changer.get();
    if (spec.startsWith("chg-disk:")) {
      Path root = Path.of(spec.substring("chg-disk:".length()));
      return new DiskChangerCheck(
              root, site.labelstr(), site.autolabelEmpty(), site.autoCreateSlots())
          .check();
    }
    // LIMITATION: only chg-disk changers are checked. Any other changer or device (tape drives,
    // chg-single, chg-robot, S3...) gets this error, counted as a problem, instead of a tape
    // check. Lifting it needs jamanda's Device and changer implementations for them.
    return Findings.EMPTY.withProblem(
        CheckMessage.of(
            Severity.ERROR,
            "tape changer '" + spec + "': jamanda checks only chg-disk changers yet",
            "the volumes of this changer are not checked"));
  }
}
