package org.jamanda.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jamanda.protocol.PacketType.ACK;
import static org.jamanda.protocol.PacketType.NAK;
import static org.jamanda.protocol.PacketType.PREP;
import static org.jamanda.protocol.PacketType.REP;
import static org.jamanda.protocol.PacketType.REQ;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.testing.FakeClock;
import org.jamanda.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

class ResponderTest {
  private final FakeClock clock = new FakeClock();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final RecordingChannel channel = new RecordingChannel();
  private final List<String> events = new ArrayList<>();
  private final Responder responder =
      new Responder(
          channel,
          RetransmitPolicy.AMANDA,
          scheduler,
          new Responder.Listener() {
            @Override
            public void onReplyAcknowledged() {
              events.add("acknowledged");
            }

            @Override
            public void onFailure(IOException cause) {
              events.add("failed: " + cause.getMessage());
            }
          });

  @Test
  void acknowledgesAtOnceAndFinishesWhenTheReplyIsAcknowledged() throws Exception {
    responder.accept();
    responder.reply("OPTIONS features=ff;\n");
    responder.receive(ACK, "");

    assertThat(channel.types()).containsExactly(ACK, REP);
    assertThat(events).containsExactly("acknowledged");
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void sendsTheReplyFiveTimesTenSecondsApartThenGivesUp() throws Exception {
    responder.accept();
    responder.reply("r");

    scheduler.advance(Duration.ofSeconds(49));
    assertThat(channel.types()).containsExactly(ACK, REP, REP, REP, REP, REP);
    assertThat(events).isEmpty();

    scheduler.advance(Duration.ofSeconds(1));
    assertThat(events).containsExactly("failed: timeout waiting for ACK for our REP");
    assertThat(responder.state()).isEqualTo(ExchangeState.FAILED);
  }

  @Test
  void answersADuplicateRequestWithAnAckWhileTheServiceRuns() throws Exception {
    responder.accept();
    responder.receive(REQ, "same");

    assertThat(channel.types()).containsExactly(ACK, ACK);
  }

  @Test
  void answersADuplicateRequestWithTheReplyOnceItIsSent() throws Exception {
    responder.accept();
    responder.reply("r");
    responder.receive(REQ, "same");

    assertThat(channel.types()).containsExactly(ACK, REP, REP);
  }

  @Test
  void sendsPartialRepliesOnlyWhileTheServiceRuns() throws Exception {
    responder.accept();
    responder.partialReply("p1");
    responder.reply("r");
    responder.partialReply("late");

    assertThat(channel.types()).containsExactly(ACK, PREP, REP);
  }

  @Test
  void refusesWithAnErrorLine() throws Exception {
    responder.refuse("noop: invalid service, add 'noop' as argument to amandad");

    assertThat(channel.sent())
        .containsExactly(
            new RecordingChannel.Sent(
                NAK, "ERROR noop: invalid service, add 'noop' as argument to amandad\n"));
  }
}
