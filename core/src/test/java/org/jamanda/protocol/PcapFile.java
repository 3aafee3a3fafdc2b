package org.jamanda.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the IPv4 UDP datagrams of a classic pcap file with Ethernet framing, for test vectors. */
final class PcapFile {
  /** One UDP datagram: ports, payload, and whether the capture holds all of it. */
  // A test vector holder: never compared or hashed, so the array component is harmless.
  @SuppressWarnings("ArrayRecordComponent")
  record Datagram(int sourcePort, int destinationPort, byte[] payload, boolean complete) {}

  private PcapFile() {}

  static List<Datagram> udpDatagrams(String resource) throws IOException {
    byte[] file;
    try (InputStream in = PcapFile.class.getResourceAsStream("/wire/" + resource)) {
      if (in == null) {
        throw new IOException("no test resource /wire/" + resource);
      }
      file = in.readAllBytes();
    }
    ByteBuffer buf = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    if (buf.getInt(0) != 0xa1b2c3d4 || buf.getInt(20) != 1) {
      throw new IOException(resource + ": not a little-endian Ethernet pcap");
    }
    List<Datagram> out = new ArrayList<>();
    int offset = 24;
    while (offset + 16 <= file.length) {
      int captured = buf.getInt(offset + 8);
      int original = buf.getInt(offset + 12);
      byte[] frame = Arrays.copyOfRange(file, offset + 16, offset + 16 + captured);
      offset += 16 + captured;
      udpOf(frame, captured == original).ifPresent(out::add);
    }
    return out;
  }

  private static java.util.Optional<Datagram> udpOf(byte[] frame, boolean complete) {
    int ip = 14;
    if (frame.length < ip + 28 || (frame[ip] >> 4) != 4 || frame[ip + 9] != 17) {
      return java.util.Optional.empty();
    }
    int udp = ip + (frame[ip] & 0xf) * 4;
    ByteBuffer b = ByteBuffer.wrap(frame).order(ByteOrder.BIG_ENDIAN);
    int sourcePort = b.getShort(udp) & 0xffff;
    int destinationPort = b.getShort(udp + 2) & 0xffff;
    byte[] payload = Arrays.copyOfRange(frame, udp + 8, frame.length);
    return java.util.Optional.of(new Datagram(sourcePort, destinationPort, payload, complete));
  }
}
