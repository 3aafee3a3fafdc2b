package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.daemon.ServiceException;
import org.jamanda.daemon.ServiceRequest;
import org.jamanda.protocol.service.DleRequest;
import org.junit.jupiter.api.Test;

class SendsizeServiceTest {
  private static final String OPTIONS = "OPTIONS maxdumps=1;\n";

  private final List<String> partials = new ArrayList<>();

  @Test
  void answersEveryLevelOfEveryDle() throws Exception {
    SendsizeService service = new SendsizeService(new TableEstimator(), Clock.systemUTC());

    String reply =
        service.serve(
            request(
                OPTIONS
                    + "GNUTAR /data 0 1970:1:1:0:0:0 -1 OPTIONS |;index;\n"
                    + "GNUTAR /data 1 2026:12:1:0:0:0 -1 OPTIONS |;index;\n"));

    assertThat(reply).endsWith("\n/data 0 SIZE 1000\n/data 1 SIZE 10\n");
    assertThat(reply).startsWith("OPTIONS features=ffffffff9efefbff");
  }

  @Test
  void reportsAFailedEstimateAsAnErrorLineAndGoesOn() throws Exception {
    SendsizeService service = new SendsizeService(new TableEstimator(), Clock.systemUTC());

    String reply =
        service.serve(
            request(
                OPTIONS
                    + "GNUTAR /broken 0 1970:1:1:0:0:0 -1 OPTIONS |;\n"
                    + "GNUTAR /data 0 1970:1:1:0:0:0 -1 OPTIONS |;\n"));

    assertThat(reply).endsWith("\n/broken 0 ERROR [no such directory]\n/data 0 SIZE 1000\n");
  }

  @Test
  void saysWhichProgramsItCannotSize() throws Exception {
    SendsizeService service = new SendsizeService(new TableEstimator(), Clock.systemUTC());

    String reply =
        service.serve(request(OPTIONS + "DUMP /dev/sda1 0 1970:1:1:0:0:0 -1 OPTIONS |;\n"));

    assertThat(reply).endsWith("\n/dev/sda1 0 ERROR [program DUMP not supported by jamanda]\n");
  }

  @Test
  void sendsWhatItHasAsAPartialReplyOnceASecond() throws Exception {
    SteppingClock clock = new SteppingClock(Duration.ofMillis(600));
    SendsizeService service = new SendsizeService(new TableEstimator(), clock);

    service.serve(
        request(
            OPTIONS
                + "GNUTAR /data 0 1970:1:1:0:0:0 -1 OPTIONS |;\n"
                + "GNUTAR /data 1 1970:1:1:0:0:0 -1 OPTIONS |;\n"
                + "GNUTAR /data 2 1970:1:1:0:0:0 -1 OPTIONS |;\n"));

    assertThat(partials).hasSize(1);
    assertThat(partials.get(0)).endsWith("/data 0 SIZE 1000\n/data 1 SIZE 10\n");
  }

  @Test
  void refusesAMalformedRequest() {
    SendsizeService service = new SendsizeService(new TableEstimator(), Clock.systemUTC());

    assertThatThrownBy(() -> service.serve(request("GNUTAR /data 0\n")))
        .isInstanceOf(ServiceException.class)
        .hasMessageStartingWith("FORMAT ERROR IN REQUEST PACKET ");
  }

  private ServiceRequest request(String arguments) {
    return new ServiceRequest(
        "sendsize",
        new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 851),
        "localhost",
        "backup",
        arguments,
        partials::add);
  }

  /** Sizes from a table: /data is 1000 KiB at level 0 and 10 KiB above; /broken fails. */
  private static final class TableEstimator implements Estimator {
    @Override
    public boolean supports(DleRequest dle) {
      return dle.programName().equals("GNUTAR");
    }

    @Override
    public long estimateKib(String host, DleRequest dle, int level) throws EstimateException {
      if (dle.disk().equals("/broken")) {
        throw new EstimateException("[no such directory]");
      }
      return level == 0 ? 1000 : 10;
    }
  }

  /** A clock that moves on by a fixed step each time it is read. */
  private static final class SteppingClock extends Clock {
    private final Duration step;
    private Instant now = Instant.parse("2026-12-03T02:00:00Z");

    SteppingClock(Duration step) {
      this.step = step;
    }

    @Override
    public synchronized Instant instant() {
      now = now.plus(step);
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
