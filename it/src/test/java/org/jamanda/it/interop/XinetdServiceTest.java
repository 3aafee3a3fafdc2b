package org.jamanda.it.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jamanda.testing.amanda.Transport;
import org.jamanda.testing.amanda.XinetdService;
import org.junit.jupiter.api.Test;

/** The xinetd entries the harness writes, and the ones it refuses to write. Pure, no root. */
class XinetdServiceTest {
  @Test
  void bsdAmandadIsAnUnlistedUdpWaitServiceOnLoopback() {
    String block = XinetdService.debianAmandad("bsd", 31080, List.of("amdump")).format();

    assertThat(block)
        .startsWith("service amandad-bsd\n{\n")
        .contains("        type         = UNLISTED\n")
        .contains("        flags        = IPv4\n")
        .contains("        bind         = 127.0.0.1\n")
        .contains("        port         = 31080\n")
        .contains("        socket_type  = dgram\n")
        .contains("        wait         = yes\n")
        .contains("        user         = backup\n")
        .contains("        server       = /usr/lib/amanda/amandad\n")
        .contains("        server_args  = -auth=bsd amdump\n")
        .endsWith("}\n")
        .doesNotContain("env ");
  }

  @Test
  void bsdtcpAmandadIsAStreamServiceWithoutWait() {
    XinetdService service = XinetdService.debianAmandad("bsdtcp", 31081, List.of("amdump"));

    assertThat(service.transport()).isEqualTo(Transport.TCP);
    assertThat(service.format())
        .contains("socket_type  = stream\n", "protocol     = tcp\n", "wait         = no\n");
  }

  @Test
  void environmentIsWrittenAsOneEnvLine() {
    XinetdService service =
        XinetdService.command("j", Transport.UDP, 31082, Path.of("/bin/true"), List.of())
            .withEnvironment(List.of("A=1", "B=2"));

    assertThat(service.format()).contains("        env          = A=1 B=2\n");
  }

  @Test
  void refusesWhatXinetdCannotCarryOrTestsMayNotUse() {
    Path server = Path.of("/bin/true");

    assertThatThrownBy(
            () -> XinetdService.command("j", Transport.UDP, 31083, server, List.of("a b")))
        .hasMessage("xinetd cannot pass 'a b': empty or blank");
    assertThatThrownBy(() -> XinetdService.command("j", Transport.UDP, 2024, server, List.of()))
        .hasMessage("port 2024 may not be used by a test");
    assertThatThrownBy(() -> XinetdService.command("j k", Transport.UDP, 31084, server, List.of()))
        .hasMessage("bad xinetd service id 'j k'");
    assertThatThrownBy(
            () -> XinetdService.command("j", Transport.UDP, 31085, Path.of("true"), List.of()))
        .hasMessage("xinetd needs an absolute server path: true");
    assertThatThrownBy(() -> XinetdService.debianAmandad("ssl", 31086, List.of()))
        .hasMessage("no inetd entry for auth 'ssl'");
  }
}
