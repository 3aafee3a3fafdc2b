package org.jamanda.daemon;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jamanda.common.ExecutorScheduler;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.exchange.Reply;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.exchange.UdpRequests;
import org.jamanda.security.HostAccessPolicy;
import org.jamanda.security.PeerNameCheck;
import org.jamanda.security.bsd.BsdRequestGuard;
import org.jamanda.security.bsd.UdpEndpoint;
import org.jamanda.testing.FakeHostResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** amandad and a requester over real UDP sockets on 127.0.0.1. */
@Tag("net")
class AmandadTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final InetAddress LOOPBACK = loopback();

  @TempDir Path home;

  private final ExecutorScheduler scheduler = new ExecutorScheduler("test-timers");
  private Amandad amandad;
  private UdpEndpoint server;
  private UdpEndpoint client;

  @AfterEach
  void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
    if (amandad != null) {
      amandad.shutdown();
    }
    scheduler.close();
  }

  @Test
  void answersAnAllowedNoopWithItsReply() throws Exception {
    start(false, "localhost " + user() + " amdump\n", List.of());

    Reply reply = request("noop", "OPTIONS features=ff;\n");

    assertThat(reply.isNak()).isFalse();
    assertThat(reply.body()).isEqualTo("echo OPTIONS features=ff;\n");
  }

  @Test
  void refusesAnUnprivilegedSourcePort() throws Exception {
    start(true, "localhost " + user() + " amdump\n", List.of());

    Reply reply = request("noop", "");

    assertThat(reply.isNak()).isTrue();
    assertThat(reply.text())
        .isEqualTo("host localhost: port " + client.localPort() + " not secure");
  }

  @Test
  void refusesAUserMissingFromAmandahosts() throws Exception {
    start(false, "localhost someoneelse amdump\n", List.of());

    Reply reply = request("noop", "");

    assertThat(reply.text())
        .isEqualTo(
            "user "
                + user()
                + " from localhost is not allowed to execute the service noop: Please add the line"
                + " \"localhost "
                + user()
                + " amdump\" to "
                + home.resolve(".amandahosts")
                + " on the client");
  }

  @Test
  void refusesAServiceNotEnabledOnItsCommandLine() throws Exception {
    start(false, "localhost " + user() + " amdump amindexd\n", List.of("noop"));

    Reply reply = request("amindexd", "");

    assertThat(reply.text())
        .isEqualTo("amindexd: invalid service, add 'amindexd' as argument to amandad");
  }

  @Test
  void refusesAnEnabledServiceItDoesNotImplement() throws Exception {
    start(false, "localhost " + user() + " amdump\n", List.of("amdump"));

    Reply reply = request("sendbackup", "");

    assertThat(reply.text())
        .isEqualTo("sendbackup: service not implemented by jamanda's amandad yet");
  }

  @Test
  void keepsServingAfterGarbage() throws Exception {
    start(false, "localhost " + user() + " amdump\n", List.of());
    try (DatagramChannel raw = DatagramChannel.open()) {
      for (String junk : List.of("", "Amanda", "Amanda 3.5 REQ HANDLE", "\u0000\u0001", "x\n")) {
        raw.send(ByteBuffer.wrap(junk.getBytes(StandardCharsets.ISO_8859_1)), serverAddress());
      }
    }

    assertThat(request("noop", "").isNak()).isFalse();
  }

  @Test
  @Timeout(60)
  void answersNoopAfterOneHundredThousandHostileDatagrams() throws Exception {
    start(false, "localhost " + user() + " amdump\n", List.of());
    Random random = new Random(20261203);
    try (DatagramChannel raw = DatagramChannel.open()) {
      for (int i = 0; i < 100_000; i++) {
        raw.send(ByteBuffer.wrap(hostile(random, i)), serverAddress());
      }
    }

    assertThat(request("noop", "").body()).isEqualTo("echo ");
  }

  // Random bytes, truncated headers, oversized datagrams, and REQs whose bodies are garbage.
  private static byte[] hostile(Random random, int i) {
    String header = "Amanda 3.5 REQ HANDLE 000-" + i + " SEQ " + i + "\n";
    byte[] bytes =
        switch (i % 4) {
          case 0 -> new byte[random.nextInt(200)];
          case 1 -> header.substring(0, random.nextInt(header.length())).getBytes(UTF_8);
          case 2 -> new byte[65_504 + random.nextInt(4)];
          default -> (header + "SECURITY USER x\n" + random.nextLong()).getBytes(UTF_8);
        };
    if (i % 4 == 0 || i % 4 == 2) {
      random.nextBytes(bytes);
    }
    return bytes;
  }

  private void start(boolean needPrivilegedPort, String amandahosts, List<String> enabled)
      throws IOException {
    Path file = home.resolve(".amandahosts");
    Files.writeString(file, amandahosts);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    FakeHostResolver names = new FakeHostResolver().host("localhost", LOOPBACK);
    BsdRequestGuard guard =
        new BsdRequestGuard(
            new PeerNameCheck(names),
            new HostAccessPolicy(file, LocalUser.current()),
            needPrivilegedPort);
    ServiceRegistry services = ServiceRegistry.of(List.of(new EchoService()), enabled);
    amandad = new Amandad(services, guard, RetransmitPolicy.AMANDA, scheduler, Clock.systemUTC());
    server = amandad.serve(bind());
    client = UdpEndpoint.start(bind(), Optional.empty());
  }

  private Reply request(String service, String arguments) throws Exception {
    UdpRequests requests =
        new UdpRequests(client, user(), RetransmitPolicy.AMANDA, scheduler, Clock.systemUTC());
    return requests
        .send(serverAddress(), service, arguments, WAIT, body -> {})
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  private InetSocketAddress serverAddress() {
    return new InetSocketAddress(LOOPBACK, server.localPort());
  }

  private static DatagramChannel bind() throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    channel.bind(new InetSocketAddress(LOOPBACK, 0));
    return channel;
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String user() {
    try {
      return LocalUser.current().name();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Answers with its arguments, so a test sees exactly what reached the service. */
  private static final class EchoService implements Service {
    @Override
    public String name() {
      return "noop";
    }

    @Override
    public String serve(ServiceRequest request) {
      return "echo " + request.arguments();
    }
  }
}
