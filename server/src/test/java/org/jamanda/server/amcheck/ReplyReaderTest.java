package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jamanda.exchange.Reply;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.PacketType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyReaderTest {
  private static final RequestStep SELFCHECK = RequestStep.selfcheck(peer());
  private static final RequestStep NOOP = RequestStep.noop(peer());

  static Stream<Arguments> quietReplies() {
    return Stream.of(
        Arguments.of("OPTIONS features=ff;\n", List.of(), 0, false),
        Arguments.of("OK /srv/data\nOK dir '/etc' ok\n", List.of(), 0, false),
        Arguments.of(
            "OK a\nERROR [unknown option: auth=bsdtcp]\nOK b\n",
            List.of("ERROR: db1: [unknown option: auth=bsdtcp]"),
            1,
            true),
        Arguments.of(
            "garbage line\n", List.of("ERROR: db1: unknown response: garbage line"), 1, true),
        Arguments.of(
            "OPTIONS features=xyz1;\n",
            List.of(
                "ERROR: db1: bad features value: 'xyz1'",
                "       The amfeature in the reply packet is invalid"),
            1,
            true),
        Arguments.of(
            "MESSAGE JSON\n"
                + "{\"severity\" : \"info\", \"message\" : \"fine\"},\n"
                + "{\"severity\" : \"error\", \"message\" : \"could not access /srv\","
                + " \"hint\" : \"create it\"},\n"
                + "{\"severity\" : \"warning\", \"message\" : \"slow disk\"},\n"
                + "{\"severity\" : \"message\", \"message\" : \"plain\"},\n"
                + "{\"severity\" : \"bogus\", \"code\" : \"12\"}",
            List.of(
                "HOST db1 ERROR: could not access /srv",
                "                create it",
                "HOST db1 WARNING: slow disk",
                "HOST db1 OK: plain",
                "HOST db1 CRITICAL: (no message text) code 12"),
            4,
            false),
        Arguments.of(
            "MESSAGE JSON\n{\"severity\" : ",
            List.of(
                "ERROR: db1: unreadable JSON messages: bad JSON message at offset 14: object not"
                    + " closed with '}' in ''"),
            1,
            false));
  }

  @ParameterizedTest
  @MethodSource("quietReplies")
  void printsOnlyProblemsOfAReply(
      String body, List<String> printed, int problems, boolean hostFailed) {
    ReplyReading reading = read(new Reply(PacketType.REP, body), SELFCHECK, true, false);

    assertThat(lines(reading)).isEqualTo(printed);
    assertThat(reading.problems()).isEqualTo(problems);
    assertThat(reading.hostFailed()).isEqualTo(hostFailed);
  }

  @Test
  void printsEveryMessageWithClientVerbose() {
    Reply reply = new Reply(PacketType.REP, "OK version '3.5.1\nOPTIONS features=ff;\nOK /srv\n");

    ReplyReading reading = read(reply, SELFCHECK, true, true);

    assertThat(lines(reading))
        .containsExactly("HOST db1 OK: db1", "HOST db1 OK: version '3.5.1", "HOST db1 OK: /srv");
    assertThat(reading.problems()).isZero();
  }

  @Test
  void printsNothingOfACapturedHealthyJsonReply() {
    Reply reply = new Reply(PacketType.REP, Wire.read("selfcheck-rep-json-amlab-bsd.txt"));

    ReplyReading reading = read(reply, SELFCHECK, true, false);

    assertThat(reading.messages()).isEmpty();
    assertThat(reading.problems()).isZero();
  }

  @Test
  void printsSixteenInfoLinesOfTheCapturedJsonReplyWithClientVerbose() {
    Reply reply = new Reply(PacketType.REP, Wire.read("selfcheck-rep-json-amlab-bsd.txt"));

    ReplyReading reading = read(reply, SELFCHECK, true, true);

    assertThat(lines(reading)).hasSize(17);
    assertThat(lines(reading).get(1)).isEqualTo("HOST db1 OK: version '3.5.1");
  }

  @Test
  void learnsTheFeaturesOfANoopReply() throws Exception {
    Reply reply = new Reply(PacketType.REP, "OPTIONS features=ffffffff9efefbff;\n");

    ReplyReading reading = read(reply, NOOP, false, false);

    assertThat(reading.features()).contains(Features.parse("ffffffff9efefbff"));
  }

  @Test
  void reportsANakWithItsTextAndTheStepThatWasRefused() {
    Reply reply =
        new Reply(
            PacketType.NAK,
            "ERROR user backup from db1 is not allowed to execute the service noop: Please add"
                + " the line \"db1 backup amdump\" to /var/backups/.amandahosts on the client\n");

    ReplyReading reading = read(reply, NOOP, false, false);

    assertThat(lines(reading))
        .containsExactly(
            "ERROR: NAK db1: user backup from db1 is not allowed to execute the service noop:"
                + " Please add the line \"db1 backup amdump\" to /var/backups/.amandahosts on the"
                + " client",
            "       jamanda: amandad refused the noop request (step 1 of 2) to"
                + " 192.0.2.7:10080/udp");
    assertThat(reading.problems()).isEqualTo(1);
    assertThat(reading.hostFailed()).isTrue();
  }

  @Test
  void advisesPrivilegeWhenAmandadSaysThePortIsNotSecure() {
    Reply reply = new Reply(PacketType.NAK, "ERROR host db1: port 40000 not secure\n");

    ReplyReading reading = read(reply, NOOP, false, false);

    assertThat(lines(reading))
        .containsExactly(
            "ERROR: NAK db1: host db1: port 40000 not secure",
            "       jamanda: amandad refused the noop request (step 1 of 2) to"
                + " 192.0.2.7:10080/udp; it takes requests only from ports below 1024: run"
                + " amcheck as root or grant it CAP_NET_BIND_SERVICE");
  }

  @Test
  void acceptsAClientTooOldForNoop() {
    Reply reply = new Reply(PacketType.NAK, "ERROR unknown service: noop\n");

    ReplyReading reading = read(reply, NOOP, false, false);

    assertThat(reading.messages()).isEmpty();
    assertThat(reading.hostFailed()).isFalse();
    assertThat(reading.features()).isEmpty();
  }

  private static ReplyReading read(
      Reply reply, RequestStep step, boolean featuresKnown, boolean verbose) {
    return ReplyReader.read("db1", reply, step, featuresKnown, verbose);
  }

  private static List<String> lines(ReplyReading reading) {
    List<String> lines = new ArrayList<>();
    reading.messages().forEach(m -> lines.addAll(m.lines()));
    return lines;
  }

  private static InetSocketAddress peer() {
    try {
      return new InetSocketAddress(
          InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}), 10080);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
