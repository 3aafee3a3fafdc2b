package org.jamanda.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PacketCodecTest {
  private static final String NOOP_REQ =
      """
      Amanda 3.5 REQ HANDLE 000-00000000 SEQ 1796513068
      SECURITY USER backup
      SERVICE noop
      OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;
      """;

  @Test
  void parsesCapturedNoopRequest() throws Exception {
    Packet packet = PacketCodec.parse(NOOP_REQ.getBytes(StandardCharsets.US_ASCII));

    assertThat(packet.header())
        .isEqualTo(new PacketHeader("3.5", PacketType.REQ, "000-00000000", 1796513068));
    assertThat(packet.body()).startsWith("SECURITY USER backup\nSERVICE noop\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "amcheck.pcap",
        "amdump.pcap",
        "amrecover-bsd.pcap",
        "nak.pcap",
        "probe-noop-udp-tcp.pcap",
        "probe-rep-retransmit-no-ack.pcap",
        "probe-unprivileged-port-nak.pcap",
        "reserved-port-overrides.pcap",
        "probe-sendbackup-bsdtcp-and-bsd.pcap"
      })
  void everyCapturedDatagramFormatsBackToTheSameBytes(String capture) throws Exception {
    List<PcapFile.Datagram> datagrams = PcapFile.udpDatagrams(capture);

    assertThat(datagrams).isNotEmpty();
    for (PcapFile.Datagram d : datagrams) {
      assertThat(d.complete()).as("capture holds the whole datagram").isTrue();
      Packet packet = PacketCodec.parse(d.payload());
      assertThat(PacketCodec.format(packet)).isEqualTo(d.payload());
    }
  }

  @Test
  void formatsReplyWithTheRequestsHandleAndSequence() throws Exception {
    PacketHeader req = PacketHeader.of(PacketType.REQ, "000-0000cafe", 7);

    byte[] ack = PacketCodec.format(new Packet(req.withType(PacketType.ACK), ""));

    assertThat(new String(ack, StandardCharsets.US_ASCII))
        .isEqualTo("Amanda 3.5 ACK HANDLE 000-0000cafe SEQ 7\n");
  }

  static Stream<Arguments> malformedHeaders() {
    return Stream.of(
        bad("Amanda 3.5 REQ HANDLE h SEQ 1", "header", "no newline after the header"),
        bad("Amandb 3.5 REQ HANDLE h SEQ 1\n", "magic", "header does not start with 'Amanda'"),
        bad("Amanda 35 REQ HANDLE h SEQ 1\n", "version", "version without a dot"),
        bad("Amanda 3.5 RQ HANDLE h SEQ 1\n", "type", "unknown packet type 'RQ'"),
        bad("Amanda 3.5 REQ HANDEL h SEQ 1\n", "HANDLE", "missing HANDLE"),
        bad("Amanda 3.5 REQ HANDLE 000-1a2b\n", "SEQ", "missing SEQ"),
        bad("Amanda 3.5 REQ HANDLE h SEQ\n", "SEQ", "missing SEQ"),
        bad("Amanda 3.5 REQ HANDLE h SEQ x1\n", "SEQ", "sequence number is not a number"),
        bad("Amanda 3.5 REQ HANDLE h SEQ 1 2\n", "SEQ", "text after the sequence number"),
        bad("Amanda\n", "version", "missing version"));
  }

  private static Arguments bad(String datagram, String field, String problem) {
    String header =
        datagram.endsWith("\n") ? datagram.substring(0, datagram.length() - 1) : datagram;
    return Arguments.of(datagram, field, "bad packet header: " + problem + " in '" + header + "'");
  }

  @ParameterizedTest
  @MethodSource("malformedHeaders")
  void rejectsMalformedHeaderNamingTheField(String datagram, String field, String message) {
    byte[] bytes = datagram.getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> PacketCodec.parse(bytes))
        .isInstanceOfSatisfying(
            MalformedPacketException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessage(message);
  }

  @Test
  void rejectsDatagramOverTheLimit() {
    byte[] big = new byte[PacketCodec.MAX_DATAGRAM_BYTES + 1];

    assertThatThrownBy(() -> PacketCodec.parse(big))
        .hasMessage("datagram too long: 65504 bytes, limit 65503");
  }

  @Test
  void refusesToFormatAnOversizedDatagram() {
    Packet packet =
        new Packet(
            PacketHeader.of(PacketType.REP, "h", 1), "x".repeat(PacketCodec.MAX_DATAGRAM_BYTES));

    assertThatThrownBy(() -> PacketCodec.format(packet))
        .isInstanceOfSatisfying(
            InputTooLongException.class,
            e -> assertThat(e.size()).isEqualTo(30 + PacketCodec.MAX_DATAGRAM_BYTES))
        .hasMessage("datagram too long: 65533 bytes, limit 65503");
  }
}
