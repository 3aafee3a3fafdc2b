package org.jamanda.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jamanda.protocol.PacketType.ACK;
import static org.jamanda.protocol.PacketType.NAK;
import static org.jamanda.protocol.PacketType.PREP;
import static org.jamanda.protocol.PacketType.REP;
import static org.jamanda.protocol.PacketType.REQ;

import java.io.IOException;
import java.time.Duration;
import org.jamanda.testing.FakeClock;
import org.jamanda.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

class RequesterTest {
  private static final Duration CTIMEOUT = Duration.ofSeconds(30);

  private final FakeClock clock = new FakeClock();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final RecordingChannel channel = new RecordingChannel();
  private final RecordingListener listener = new RecordingListener();
  private final Requester requester =
      new Requester(
          channel, "SERVICE noop\n", CTIMEOUT, RetransmitPolicy.AMANDA, scheduler, clock, listener);

  @Test
  void acknowledgesTheReplyOnceAndFinishes() {
    requester.start();
    requester.receive(ACK, "");
    requester.receive(REP, "OPTIONS features=ff;\n");

    assertThat(channel.types()).containsExactly(REQ, ACK);
    assertThat(listener.events).containsExactly("REP OPTIONS features=ff;\n");
    assertThat(requester.state()).isEqualTo(ExchangeState.DONE);
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void sendsTheRequestThreeTimesTenSecondsApartThenGivesUp() {
    requester.start();

    scheduler.advance(Duration.ofSeconds(29));
    assertThat(channel.types()).containsExactly(REQ, REQ, REQ);
    assertThat(listener.events).isEmpty();

    scheduler.advance(Duration.ofSeconds(1));
    assertThat(listener.events).containsExactly("FAILED timeout waiting for ACK");
    assertThat(((ExchangeTimeoutException) listener.failure).sends()).isEqualTo(3);
  }

  @Test
  void takesAReplyThatOvertookItsAck() {
    requester.start();
    requester.receive(REP, "body");

    assertThat(listener.events).containsExactly("REP body");
    assertThat(channel.types()).containsExactly(REQ, ACK);
  }

  @Test
  void passesPartialRepliesUpWithoutExtendingTheDeadline() {
    requester.start();
    requester.receive(ACK, "");
    scheduler.advance(Duration.ofSeconds(20));
    requester.receive(PREP, "part");

    scheduler.advance(Duration.ofSeconds(11));

    assertThat(listener.events).containsExactly("PREP part");
    assertThat(channel.types()).as("the REP wait ran out: a new REQ cycle").endsWith(REQ);
    assertThat(channel.types()).hasSize(2);
  }

  @Test
  void startsTheRequestAgainTwiceAfterReplyTimeoutsThenGivesUp() {
    requester.start();
    for (int cycle = 0; cycle < 3; cycle++) {
      requester.receive(ACK, "");
      scheduler.advance(CTIMEOUT);
    }

    assertThat(channel.types()).containsExactly(REQ, REQ, REQ);
    assertThat(listener.events).containsExactly("FAILED timeout waiting for REP");
  }

  @Test
  void endsOnNak() {
    requester.start();
    requester.receive(NAK, "ERROR host localhost: port 40000 not secure\n");

    assertThat(listener.events)
        .containsExactly("NAK ERROR host localhost: port 40000 not secure\n");
    assertThat(channel.types()).containsExactly(REQ);
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void ignoresPacketsAfterTheEnd() {
    requester.start();
    requester.receive(REP, "first");
    requester.receive(REP, "again");

    assertThat(listener.events).containsExactly("REP first");
    assertThat(channel.types()).containsExactly(REQ, ACK);
  }

  @Test
  void reportsTransportFailureOnSend() {
    channel.failWith(new IOException("network unreachable"));

    requester.start();

    assertThat(listener.events).containsExactly("FAILED error sending REQ");
    assertThat(listener.failure).hasRootCauseMessage("network unreachable");
  }

  @Test
  void neverResendsOnceTheFirstRequestIsOlderThanDropDead() {
    RetransmitPolicy policy =
        new RetransmitPolicy(
            Duration.ofSeconds(10), 3, 5, Duration.ofMinutes(1), Duration.ofSeconds(10), 5);
    Requester slow =
        new Requester(channel, "x", Duration.ofMinutes(2), policy, scheduler, clock, listener);

    slow.start();
    slow.receive(ACK, "");
    scheduler.advance(Duration.ofMinutes(2));

    assertThat(channel.types()).containsExactly(REQ);
    assertThat(listener.events).containsExactly("FAILED timeout waiting for REP");
  }
}
