package org.jamanda.server.amcheck;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.jamanda.common.Scheduler;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.daemon.Amandad;
import org.jamanda.daemon.Service;
import org.jamanda.daemon.ServiceRegistry;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.security.HostAccessPolicy;
import org.jamanda.security.PeerNameCheck;
import org.jamanda.security.bsd.BsdRequestGuard;
import org.jamanda.security.bsd.UdpEndpoint;

/**
 * A real jamanda amandad on 127.0.0.1 and a port the kernel picks, with the given {@code
 * .amandahosts} and services; it does not insist on a privileged source port, so tests run as any
 * user. Close it to stop it.
 */
final class LoopbackAmandad implements AutoCloseable {
  private final Amandad amandad;
  private final UdpEndpoint endpoint;

  private LoopbackAmandad(Amandad amandad, UdpEndpoint endpoint) {
    this.amandad = amandad;
    this.endpoint = endpoint;
  }

  /** Starts amandad with its {@code .amandahosts} in {@code home}. */
  static LoopbackAmandad start(
      Path home, String amandahosts, Scheduler scheduler, Service... services) throws IOException {
    Files.createDirectories(home);
    Path file = home.resolve(".amandahosts");
    Files.writeString(file, amandahosts);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    BsdRequestGuard guard =
        new BsdRequestGuard(
            new PeerNameCheck(new LoopbackNames()),
            new HostAccessPolicy(file, LocalUser.current()),
            false);
    Amandad amandad =
        new Amandad(
            ServiceRegistry.of(List.of(services), List.of()),
            guard,
            RetransmitPolicy.AMANDA,
            scheduler,
            Clock.systemUTC());
    DatagramChannel udp = DatagramChannel.open();
    udp.bind(new InetSocketAddress(LoopbackNames.LOOPBACK, 0));
    return new LoopbackAmandad(amandad, amandad.serve(udp));
  }

  /** A noop service that answers with jamanda's features, as Amanda's does with its own. */
  static Service noop() {
    return new Service() {
      @Override
      public String name() {
        return "noop";
      }

      @Override
      public String serve(org.jamanda.daemon.ServiceRequest request) {
        return "OPTIONS features=" + JamandaFeatures.FEATURES.format() + ";\n";
      }
    };
  }

  int port() {
    return endpoint.localPort();
  }

  @Override
  public void close() throws IOException {
    endpoint.close();
    amandad.shutdown();
  }
}
