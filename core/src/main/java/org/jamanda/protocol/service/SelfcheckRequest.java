package org.jamanda.protocol.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jamanda.protocol.Feature;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.InputTooLongException;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.Options;
import org.jamanda.protocol.ProtocolTokens;
import org.jamanda.protocol.service.LegacyDleParser.Dialect;

/**
 * The arguments of a {@code selfcheck} request: the OPTIONS line, then the DLEs in XML when the
 * requester has {@code fe_req_xml}, else one legacy text line per DLE (selfcheck.c). Immutable.
 *
 * <pre>
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=localhost;config=Lab;
 * &lt;dle&gt;
 *   &lt;program&gt;GNUTAR&lt;/program&gt;
 *   ...
 * &lt;/dle&gt;
 * </pre>
 *
 * @param options the OPTIONS line
 * @param peerFeatures the requester's features ({@link PeerFeatures})
 * @param dles the DLEs to check, in request order
 */
public record SelfcheckRequest(Options options, Features peerFeatures, List<DleRequest> dles) {
  /**
   * Longest arguments accepted: a bsdtcp packet's limit, 128 × 32768 bytes ({@code tcpm_recv_token}
   * in security-util.c); a UDP one is far smaller.
   */
  public static final int MAX_CHARS = 128 * 32768;

  private static final String NAME = "selfcheck request";

  public SelfcheckRequest {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(peerFeatures, "peerFeatures");
    dles = List.copyOf(dles);
  }

  /**
   * Parses the arguments of a selfcheck REQ (everything after the SERVICE line).
   *
   * @param ignoredElements told the name of each unknown XML element that was skipped
   * @throws InputTooLongException when the arguments exceed {@link #MAX_CHARS}
   * @throws MalformedPacketException naming the line and column of what is wrong
   */
  public static SelfcheckRequest parse(String arguments, Consumer<String> ignoredElements)
      throws MalformedPacketException, InputTooLongException {
    if (arguments.length() > MAX_CHARS) {
      throw new InputTooLongException(NAME, arguments.length(), MAX_CHARS);
    }
    BodyText body = new BodyText(NAME, arguments, 1);
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
            : legacyLines(body, rest, peer);
    return new SelfcheckRequest(options, peer, dles);
  }

  private static List<DleRequest> legacyLines(BodyText body, int start, Features peer)
      throws MalformedPacketException {
    String text = body.text();
    List<DleRequest> dles = new ArrayList<>();
    for (int at = start; at < text.length(); ) {
      int end = lineEnd(text, at);
      String line = text.substring(at, end);
      if (line.startsWith(ProtocolTokens.OPTIONS + " ")) {
        throw body.error("OPTIONS", at, "multiple OPTIONS lines in selfcheck input:", line);
      }
      if (!line.isEmpty()) {
        dles.add(LegacyDleParser.parse(NAME, line, body.line(at), Dialect.SELFCHECK, peer));
      }
      at = end + 1;
    }
    return dles;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /**
   * True when the requester reads the {@code MESSAGE JSON} reply ({@code fe_selfcheck_message}).
   */
  public boolean wantsJson() {
    return peerFeatures.has(Feature.FE_SELFCHECK_MESSAGE);
  }

  /** The DLE host name the server used ({@code hostname=}), if it sent one. */
  public Optional<String> hostname() {
    return options.value(ProtocolTokens.HOSTNAME);
  }
}
