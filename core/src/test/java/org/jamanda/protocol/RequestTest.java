package org.jamanda.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestTest {
  private static final String SELFCHECK =
      """
      SECURITY USER backup
      SERVICE selfcheck
      OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;maxdumps=2;hostname=amlab-bsd;config=Lab;
      <dle>
        <program>APPLICATION</program>
      </dle>
      """;

  @Test
  void splitsSecurityServiceAndArguments() throws Exception {
    Request request = Request.parse(SELFCHECK);

    assertThat(request.securityUser()).contains("backup");
    assertThat(request.service()).isEqualTo("selfcheck");
    assertThat(request.arguments()).startsWith("OPTIONS features=").endsWith("</dle>\n");
  }

  @Test
  void formatsBackToTheSameBody() throws Exception {
    assertThat(Request.parse(SELFCHECK).format()).isEqualTo(SELFCHECK);
  }

  @Test
  void acceptsABodyWithoutSecurityLine() throws Exception {
    Request request = Request.parse("SERVICE noop\nOPTIONS features=ff;\n");

    assertThat(request.securityUser()).isEmpty();
    assertThat(request.service()).isEqualTo("noop");
  }

  @Test
  void readsEverythingAfterUserAsTheUserName() throws Exception {
    assertThat(Request.parse("SECURITY USER amanda backup\nSERVICE noop\n").securityUser())
        .isEqualTo(Optional.of("amanda backup"));
  }

  @Test
  void rejectsRequestWithoutServiceLine() {
    assertThatThrownBy(() -> Request.parse("SECURITY USER backup\nOPTIONS features=ff;\n"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage("request has no SERVICE line: 'OPTIONS features=ff;\\n'");
  }

  @Test
  void rejectsSecurityLineWithoutUser() {
    assertThatThrownBy(() -> Request.parse("SECURITY PASSWORD x\nSERVICE noop\n"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage("REQ SECURITY line parse error, expecting USER: 'SECURITY PASSWORD x'");
  }
}
