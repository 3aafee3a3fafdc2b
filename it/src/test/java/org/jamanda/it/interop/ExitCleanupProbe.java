package org.jamanda.it.interop;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jamanda.testing.amanda.AmandaHostsFixture;
import org.jamanda.testing.amanda.AmandaServerConfig;
import org.jamanda.testing.amanda.PrivatePorts;
import org.jamanda.testing.amanda.PrivateXinetd;
import org.jamanda.testing.amanda.ServerSettings;
import org.jamanda.testing.amanda.Transport;
import org.jamanda.testing.amanda.XinetdService;

/**
 * A child-JVM program for {@link AmandaHarnessTest}: sets up the three machine-changing fixtures,
 * prints what it made, and exits without closing any of them. Exit codes: 0 set up, 4 failed.
 */
public final class ExitCleanupProbe {
  private static final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private ExitCleanupProbe() {}

  @SuppressWarnings("resource") // left open on purpose: the shutdown hooks must undo them
  public static void main(String[] args) {
    int code;
    try {
      AmandaHostsFixture.install(List.of("localhost backup amdump # ExitCleanupProbe"));
      int port = PrivatePorts.pick(Transport.UDP);
      PrivateXinetd xinetd =
          PrivateXinetd.start(List.of(XinetdService.debianAmandad("bsd", port, List.of("amdump"))));
      AmandaServerConfig config = AmandaServerConfig.create(ServerSettings.defaults());
      out.println("xinetd-pid=" + xinetd.pid());
      out.println("xinetd-directory=" + xinetd.configurationFile().getParent());
      out.println("config-directory=" + config.directory());
      code = 0;
    } catch (Exception e) {
      out.println("failed: " + e);
      code = 4;
    }
    System.exit(code);
  }
}
