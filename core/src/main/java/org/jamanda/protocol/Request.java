package org.jamanda.protocol;

import java.util.Objects;
import java.util.Optional;
import org.jamanda.common.InputExcerpt;

/**
 * The body of a REQ: the security line, the service line and the service's arguments.
 *
 * <pre>
 * SECURITY USER backup
 * SERVICE noop
 * OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;
 * </pre>
 *
 * <p>The arguments are everything after the SERVICE line (the OPTIONS line and the service's own
 * body), which amandad hands to the service unchanged. The security line is optional here: the
 * transport adds it and the security driver demands it. Immutable.
 *
 * @param securityUser the user of {@code SECURITY USER <user>}, if the line is there
 * @param service the service name
 * @param arguments the rest of the body, possibly empty
 */
public record Request(Optional<String> securityUser, String service, String arguments) {
  public Request {
    Objects.requireNonNull(securityUser, "securityUser");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(arguments, "arguments");
  }

  /**
   * Parses a REQ body. A first line that starts with {@code SECURITY } is the security line
   * (bsd_recv_security_ok); then {@code SERVICE <name>} must follow (amandad's protocol_accept).
   */
  public static Request parse(String body) throws MalformedPacketException {
    String rest = body;
    Optional<String> user = Optional.empty();
    if (rest.startsWith(ProtocolTokens.SECURITY + " ") && rest.indexOf('\n') >= 0) {
      int newline = rest.indexOf('\n');
      user = Optional.of(parseSecurityLine(rest.substring(0, newline)));
      rest = rest.substring(newline + 1);
    }
    if (!rest.startsWith(ProtocolTokens.SERVICE + " ")) {
      throw new MalformedPacketException(
          "SERVICE", "request has no SERVICE line: " + InputExcerpt.of(rest));
    }
    int end = rest.indexOf('\n');
    String service = (end < 0 ? rest.substring(8) : rest.substring(8, end)).trim();
    if (service.isEmpty() || service.contains(" ")) {
      throw new MalformedPacketException("SERVICE", "bad SERVICE line: " + InputExcerpt.of(rest));
    }
    return new Request(user, service, end < 0 ? "" : rest.substring(end + 1));
  }

  /** The body as a requester sends it. */
  public String format() {
    StringBuilder out = new StringBuilder();
    securityUser.ifPresent(u -> out.append("SECURITY USER ").append(u).append('\n'));
    return out.append("SERVICE ").append(service).append('\n').append(arguments).toString();
  }

  // "SECURITY USER <name>": Amanda takes everything after "USER " as the name.
  private static String parseSecurityLine(String line) throws MalformedPacketException {
    String words = line.substring(ProtocolTokens.SECURITY.length() + 1);
    if (!words.startsWith(ProtocolTokens.USER + " ") || words.length() <= 5) {
      throw new MalformedPacketException(
          "SECURITY", "REQ SECURITY line parse error, expecting USER: " + InputExcerpt.of(line));
    }
    return words.substring(5);
  }
}
