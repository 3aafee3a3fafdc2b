package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.exchange.Reply;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.protocol.PacketType;
import org.jamanda.protocol.service.ClientMessage;
import org.jamanda.protocol.service.DleRequest;
import org.jamanda.protocol.service.MessageEmitter;
import org.jamanda.protocol.service.MessageSeverity;
import org.jamanda.protocol.service.SelfcheckReply;
import org.jamanda.protocol.service.SelfcheckRequest;
import org.junit.jupiter.api.Test;

/**
 * amcheck's side of selfcheck against the client's side in org.jamanda.protocol.service: what one
 * writes, the other reads.
 */
class ProtocolServiceRoundTripTest {
  private static final RequestStep STEP =
      RequestStep.selfcheck(new InetSocketAddress(LoopbackNames.LOOPBACK, 10080));

  @Test
  void theClientParsesTheRequestAmcheckBuilds() throws Exception {
    AmcheckHost host =
        new AmcheckHost(
            "amlab-bsd",
            List.of(RequestArgumentsTest.labBsdDle(), AmcheckDle.gnutar("/srv/my data", "bsd")));
    String arguments =
        RequestArguments.selfcheck(host, JamandaFeatures.FEATURES, JamandaFeatures.FEATURES, "Lab")
            .arguments();
    List<String> ignored = new ArrayList<>();

    SelfcheckRequest parsed = SelfcheckRequest.parse(arguments, ignored::add);

    assertThat(ignored).isEmpty();
    assertThat(parsed.hostname()).contains("amlab-bsd");
    assertThat(parsed.wantsJson()).isTrue();
    assertThat(parsed.dles())
        .extracting(DleRequest::disk)
        .containsExactly("/srv/amanda-lab/data/bsd", "/srv/my data");
    assertThat(parsed.dles().get(0).application().orElseThrow().plugin()).isEqualTo("amgtar");
    assertThat(parsed.dles().get(1).program()).isEqualTo("GNUTAR");
  }

  @Test
  void amcheckReadsTheJsonReplyTheClientWrites() {
    SelfcheckReply reply = new SelfcheckReply(true, List.of(info(), error()));

    ReplyReading reading =
        ReplyReader.read("db1", new Reply(PacketType.REP, reply.format()), STEP, true, false);

    assertThat(reading.problems()).isEqualTo(1);
    assertThat(lines(reading)).containsExactly("HOST db1 ERROR: could not access /srv/x");
  }

  @Test
  void amcheckReadsTheLegacyReplyTheClientWrites() {
    SelfcheckReply reply = new SelfcheckReply(false, List.of(info(), error()));

    ReplyReading reading =
        ReplyReader.read("db1", new Reply(PacketType.REP, reply.format()), STEP, true, false);

    assertThat(reading.problems()).isEqualTo(1);
    assertThat(lines(reading)).containsExactly("ERROR: db1: [could not access /srv/x]");
  }

  private static SelfcheckReply.Line info() {
    return message(MessageSeverity.INFO, "version '3.5.1");
  }

  private static SelfcheckReply.Line error() {
    return message(MessageSeverity.ERROR, "could not access /srv/x");
  }

  private static SelfcheckReply.Line message(MessageSeverity severity, String text) {
    return new SelfcheckReply.Message(
        new ClientMessage(
            "selfcheck.c", 1, severity, MessageEmitter.SELFCHECK, 3600000, List.of(), text));
  }

  private static List<String> lines(ReplyReading reading) {
    List<String> lines = new ArrayList<>();
    reading.messages().forEach(m -> lines.addAll(m.lines()));
    return lines;
  }
}
