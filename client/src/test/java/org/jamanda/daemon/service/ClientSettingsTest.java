package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {
  @Test
  void defaultsToDebiansClientState() {
    ClientSettings defaults = ClientSettings.defaults();

    assertThat(defaults.gnutarListDir()).contains(Path.of("/var/lib/amanda/gnutar-lists"));
    assertThat(defaults.amandates()).isEqualTo(Path.of("/var/lib/amanda/amandates"));
    assertThat(defaults.version()).isEqualTo("jamanda-0.1.0");
    assertThat(defaults.gnutarPath()).isEmpty();
    assertThat(defaults.localHostName()).isNotBlank();
  }

  @Test
  void searchesThePathThenBinAndUsrBin() {
    assertThat(ClientSettings.searchPath("/opt/bin::/usr/local/bin"))
        .containsExactly(
            Path.of("/opt/bin"), Path.of("/usr/local/bin"), Path.of("/bin"), Path.of("/usr/bin"));
    assertThat(ClientSettings.searchPath(null))
        .containsExactly(Path.of("/bin"), Path.of("/usr/bin"));
  }

  @Test
  void changesOneSettingAtATime() {
    ClientSettings defaults = ClientSettings.defaults();

    ClientSettings changed =
        defaults.withGnutarListDir(Optional.empty()).withAmandadAuth(Optional.of("bsd"));

    assertThat(changed.gnutarListDir()).isEmpty();
    assertThat(changed.amandadAuth()).contains("bsd");
    assertThat(changed.amandates()).isEqualTo(defaults.amandates());
    assertThat(changed.tarSearchPath()).isEqualTo(defaults.tarSearchPath());
  }
}
