package org.jamanda.protocol.service;

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
  public static final int MAX_CHARS = RequestArguments.MAX_CHARS;

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
    RequestArguments parsed =
        RequestArguments.parse(NAME, arguments, Dialect.SELFCHECK, ignoredElements);
    return new SelfcheckRequest(parsed.options(), parsed.peerFeatures(), parsed.dles());
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
