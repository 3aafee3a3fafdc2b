package org.jamanda.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jamanda.common.ExecutorScheduler;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.exchange.Reply;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.exchange.UdpRequests;
import org.jamanda.security.bsd.UdpEndpoint;
import org.jamanda.testing.FakeHostResolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** amandad as inetd runs it: on a socket handed over, leaving once idle. */
@Tag("net")
class AmandadRunnerTest {
  @TempDir Path home;

  @Test
  void servesRequestsOnTheHandedOverSocketThenExitsWhenIdle() throws Exception {
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    DatagramChannel handedOver = DatagramChannel.open().bind(new InetSocketAddress(loopback, 0));
    int port = ((InetSocketAddress) handedOver.getLocalAddress()).getPort();
    AmandadRunner runner = new AmandadRunner(settings(loopback), List.of(new NoopForTest()));
    CompletableFuture<Void> exited =
        CompletableFuture.runAsync(() -> runQuietly(runner, handedOver));

    Reply first = request(loopback, port);
    Reply second = request(loopback, port);

    assertThat(first.body()).isEqualTo("OPTIONS features=ff;\n");
    assertThat(second.body()).isEqualTo("OPTIONS features=ff;\n");
    exited.get(5, TimeUnit.SECONDS);
    assertThat(handedOver.isOpen()).isFalse();
  }

  private AmandadRunner.Settings settings(InetAddress loopback) throws IOException {
    Path hosts = home.resolve(".amandahosts");
    Files.writeString(hosts, "localhost " + LocalUser.current().name() + " amdump\n");
    Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-------"));
    return new AmandadRunner.Settings(
        List.of("amdump"),
        hosts,
        false,
        RetransmitPolicy.AMANDA,
        Duration.ofMillis(500),
        new FakeHostResolver().host("localhost", loopback));
  }

  private static Reply request(InetAddress loopback, int port) throws Exception {
    try (ExecutorScheduler scheduler = new ExecutorScheduler("test-timers");
        UdpEndpoint client =
            UdpEndpoint.start(
                DatagramChannel.open().bind(new InetSocketAddress(loopback, 0)),
                Optional.empty())) {
      UdpRequests requests =
          new UdpRequests(
              client,
              LocalUser.current().name(),
              RetransmitPolicy.AMANDA,
              scheduler,
              Clock.systemUTC());
      return requests
          .send(new InetSocketAddress(loopback, port), "noop", "", Duration.ofSeconds(5), b -> {})
          .get(5, TimeUnit.SECONDS);
    }
  }

  private static void runQuietly(AmandadRunner runner, DatagramChannel channel) {
    try {
      runner.runInetd(channel);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class NoopForTest implements Service {
    @Override
    public String name() {
      return "noop";
    }

    @Override
    public String serve(ServiceRequest request) {
      return "OPTIONS features=ff;\n";
    }
  }
}
