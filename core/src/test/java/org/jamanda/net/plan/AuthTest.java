package org.jamanda.net.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthTest {

  @ParameterizedTest
  @CsvSource({"bsd, BSD", "BSDTCP, BSDTCP", "' ssl ', SSL", "Krb5, KRB5", "bsdudp, BSDUDP"})
  void findsAnAuthByItsConfigName(String name, Auth expected) {
    assertThat(Auth.byName(name)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "krb4", "bsd-tcp", "tcp"})
  void findsNoAuthForAnUnknownName(String name) {
    assertThat(Auth.byName(name)).isEmpty();
  }
}
