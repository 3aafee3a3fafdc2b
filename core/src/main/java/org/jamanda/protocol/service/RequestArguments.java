package org.jamanda.protocol.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jamanda.protocol.Feature;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.InputTooLongException;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.Options;
import org.jamanda.protocol.ProtocolTokens;
import org.jamanda.protocol.service.LegacyDleParser.Dialect;

/**
 * The arguments of a DLE service request (selfcheck, sendsize): the OPTIONS line, then the DLEs in
 * XML when the requester has {@code fe_req_xml}, else one legacy text line per DLE. Shared by the
 * request records of those services. Immutable.
 */
record RequestArguments(Options options, Features peerFeatures, List<DleRequest> dles) {
  /**
   * Longest arguments accepted: a bsdtcp packet's limit, 128 × 32768 bytes ({@code tcpm_recv_token}
   * in security-util.c); a UDP one is far smaller.
   */
  static final int MAX_CHARS = 128 * 32768;

  RequestArguments {
    dles = List.copyOf(dles);
  }

  static RequestArguments parse(
      String name, String arguments, Dialect dialect, Consumer<String> ignoredElements)
      throws MalformedPacketException, InputTooLongException {
    if (arguments.length() > MAX_CHARS) {
      throw new InputTooLongException(name, arguments.length(), MAX_CHARS);
    }
    BodyText body = new BodyText(name, arguments, 1);
    int start = 0;
    while (arguments.startsWith("\n", start)) {
      start++;
    }
    int end = lineEnd(arguments, start);
    String first = arguments.substring(start, end);
    if (!first.startsWith(ProtocolTokens.OPTIONS + " ")) {
      throw body.error("OPTIONS", start, "missing OPTIONS line, found", first);
    }
    Options options = Options.parse(first);
    Features peer = PeerFeatures.of(options);
    int rest = Math.min(end + 1, arguments.length());
    List<DleRequest> dles =
        peer.has(Feature.FE_REQ_XML)
            ? DleXmlParser.parse(body, rest, ignoredElements)
            : legacyLines(name, body, rest, dialect, peer);
    return new RequestArguments(options, peer, dles);
  }

  private static List<DleRequest> legacyLines(
      String name, BodyText body, int start, Dialect dialect, Features peer)
      throws MalformedPacketException {
    String text = body.text();
    List<DleRequest> dles = new ArrayList<>();
    for (int at = start; at < text.length(); ) {
      int end = lineEnd(text, at);
      String line = text.substring(at, end);
      if (line.startsWith(ProtocolTokens.OPTIONS + " ")) {
        throw body.error(
            "OPTIONS", at, "multiple OPTIONS lines in " + dialect.service() + " input:", line);
      }
      if (!line.isEmpty()) {
        dles.add(LegacyDleParser.parse(name, line, body.line(at), dialect, peer));
      }
      at = end + 1;
    }
    return dles;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
