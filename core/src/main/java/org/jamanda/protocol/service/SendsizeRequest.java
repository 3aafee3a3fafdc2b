package org.jamanda.protocol.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jamanda.protocol.Features;
import org.jamanda.protocol.InputTooLongException;
import org.jamanda.protocol.MalformedPacketException;
import org.jamanda.protocol.Options;
import org.jamanda.protocol.ProtocolTokens;
import org.jamanda.protocol.service.LegacyDleParser.Dialect;

/**
 * The arguments of a {@code sendsize} request: the OPTIONS line, then the DLEs with the levels the
 * planner wants estimated, in XML ({@code <level>0<server>YES</server></level>}) or one legacy line
 * per DLE and level (sendsize.c). Immutable.
 *
 * <pre>
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=amlab-bsd;config=Lab;timestamp=20261203162552;
 * GNUTAR /srv/amanda-lab/data/classic 0 1970:1:1:0:0:0 -1 OPTIONS |;auth=bsdtcp;index;
 * </pre>
 *
 * @param options the OPTIONS line
 * @param peerFeatures the requester's features
 * @param dles the DLEs, in request order; a legacy request has one per line, so a disk asked at two
 *     levels appears twice
 */
public record SendsizeRequest(Options options, Features peerFeatures, List<DleRequest> dles) {
  private static final String NAME = "sendsize request";

  public SendsizeRequest {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(peerFeatures, "peerFeatures");
    dles = List.copyOf(dles);
  }

  /**
   * Parses the arguments of a sendsize REQ (everything after the SERVICE line).
   *
   * @throws InputTooLongException when the arguments exceed the largest packet
   * @throws MalformedPacketException naming the line and column of what is wrong
   */
  public static SendsizeRequest parse(String arguments, Consumer<String> ignoredElements)
      throws MalformedPacketException, InputTooLongException {
    RequestArguments parsed =
        RequestArguments.parse(NAME, arguments, Dialect.SENDSIZE, ignoredElements);
    return new SendsizeRequest(parsed.options(), parsed.peerFeatures(), parsed.dles());
  }

  /** The DLE host name the server used ({@code hostname=}), if it sent one. */
  public Optional<String> hostname() {
    return options.value(ProtocolTokens.HOSTNAME);
  }
}
