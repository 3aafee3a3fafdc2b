package org.jamanda.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/srv/amanda-lab/data/tcp|_srv_amanda-lab_data_tcp|__srv_amanda-lab_data_tcp",
        "/|_|_",
        "'/srv/my data'|'_srv_my data'|'_srv_my data'",
        "./a.b/..|._a.b_..|._a.b_..",
        "C:\\Users|C__Users|C:\\Users",
        "my_host|my_host|my__host",
        "localhost|localhost|localhost",
      })
  void sanitisesAsAmandaDoes(String name, String sanitised, String old) {
    assertThat(SafeNames.sanitise(name)).isEqualTo(sanitised);
    assertThat(SafeNames.sanitiseOld(name)).isEqualTo(old.replace("__srv", "_srv"));
  }
}
