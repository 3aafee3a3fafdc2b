package org.jamanda.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.jamanda.testing.FakeHostResolver;
import org.junit.jupiter.api.Test;

class PeerNameCheckTest {
  private final InetAddress client = address("192.0.2.7");
  private final FakeHostResolver resolver = new FakeHostResolver();
  private final PeerNameCheck check = new PeerNameCheck(resolver);

  @Test
  void confirmsANameThatResolvesBothWays() throws Exception {
    resolver.host("db1.example.org", client);

    assertThat(check.confirmedName(new InetSocketAddress(client, 851)))
        .isEqualTo("db1.example.org");
  }

  @Test
  void knowsAPeerWithoutNameByItsAddress() throws Exception {
    assertThat(check.confirmedName(new InetSocketAddress(client, 851))).isEqualTo("192.0.2.7");
  }

  @Test
  void refusesANameThatDoesNotResolve() {
    resolver.reverseOnly(client, "ghost.example.org");

    assertThatThrownBy(() -> check.confirmedName(new InetSocketAddress(client, 851)))
        .hasMessage(
            "check_name_give_sockaddr: resolve_hostname('ghost.example.org'):"
                + " Name or service not known");
  }

  @Test
  void refusesANameThatResolvesToAnotherName() {
    resolver.reverseOnly(client, "db1");
    resolver.forwardOnly("db1", "www.example.org", client);

    assertThatThrownBy(() -> check.confirmedName(new InetSocketAddress(client, 851)))
        .hasMessage("db1 doesn't resolve to itself, it resolves to www.example.org");
  }

  @Test
  void refusesANameThatResolvesToOtherAddresses() {
    resolver.reverseOnly(client, "db1");
    resolver.forwardOnly("db1", "db1.example.org", address("192.0.2.8"));

    assertThatThrownBy(() -> check.confirmedName(new InetSocketAddress(client, 851)))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("db1 doesn't resolve to 192.0.2.7:851");
  }

  private static InetAddress address(String text) {
    try {
      return InetAddress.getByName(text);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
