package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jamanda.daemon.Service;
import org.jamanda.daemon.ServiceRegistry;
import org.junit.jupiter.api.Test;

class ServiceRegistrationTest {
  @Test
  void registersUnderTheNamesAmandadDispatchesOn() {
    List<Service> services =
        List.of(new NoopService(), new SelfcheckService(ClientSettings.defaults()));

    ServiceRegistry amdump = ServiceRegistry.of(services, List.of("amdump"));

    assertThat(amdump.isEnabled("noop")).isTrue();
    assertThat(amdump.isEnabled("selfcheck")).isTrue();
    assertThat(amdump.service("noop")).containsInstanceOf(NoopService.class);
    assertThat(amdump.service("selfcheck")).containsInstanceOf(SelfcheckService.class);
  }
}
