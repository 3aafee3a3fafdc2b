package org.jamanda.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jamanda.common.ExecutorScheduler;
import org.jamanda.config.hosts.LocalUser;
import org.jamanda.exchange.Reply;
import org.jamanda.exchange.RetransmitPolicy;
import org.jamanda.exchange.UdpRequests;
import org.jamanda.net.BoundDatagram;
import org.jamanda.net.PortAllocator;
import org.jamanda.net.PortSettings;
import org.jamanda.net.ServicesFile;
import org.jamanda.protocol.JamandaFeatures;
import org.jamanda.security.bsd.UdpEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amservice HOST AUTH SERVICE}: sends one request to a client's amandad and prints the
 * reply, to tell client problems from server ones.
 */
@Command(
    name = "amservice",
    mixinStandardHelpOptions = true,
    description = {
      "Sends SERVICE to amandad on HOST and prints its reply. The request body after the OPTIONS"
          + " line is read from standard input (or -f FILE); --no-input sends none."
    },
    footer = {"", "Exit status: 0 the request was answered, 1 it failed or was refused, 2 usage."})
final class AmserviceCommand implements java.util.concurrent.Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HOST")
  String host;

  @Parameters(index = "1", paramLabel = "AUTH", description = "bsd or bsdudp")
  String auth;

  @Parameters(index = "2", paramLabel = "SERVICE")
  String service;

  @Option(names = "--port", defaultValue = "10080", description = "amandad's port (client-port).")
  int port;

  @Option(names = "-f", paramLabel = "FILE", description = "Read the request body from FILE.")
  java.nio.file.Path inputFile;

  @Option(names = "--no-input", description = "Send no request body (as '</dev/null').")
  boolean noInput;

  @Option(names = "--timeout", defaultValue = "30", description = "Reply timeout in seconds.")
  long timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    if (!auth.equals("bsd") && !auth.equals("bsdudp")) {
      throw new UserError("auth " + auth + " is not implemented yet; use bsd", ExitCodes.USAGE);
    }
    String arguments =
        "OPTIONS features="
            + JamandaFeatures.FEATURES.format()
            + ";hostname="
            + host
            + ";\n"
            + readBody();
    Reply reply = send(arguments);
    PrintWriter out = spec.commandLine().getOut();
    if (reply.isNak()) {
      throw new UserError("Request failed: " + reply.text());
    }
    out.print(reply.body());
    out.flush();
    return ExitCodes.OK;
  }

  private Reply send(String arguments) throws IOException, InterruptedException, UserError {
    InetSocketAddress peer = new InetSocketAddress(InetAddress.getByName(host), port);
    PortAllocator ports =
        new PortAllocator(PortSettings.defaults(ServicesFile.read(ServicesFile.SYSTEM)));
    try (ExecutorScheduler scheduler = new ExecutorScheduler("amservice-timers");
        BoundDatagram bound = ports.bindDatagram();
        UdpEndpoint endpoint = UdpEndpoint.start(bound.channel(), Optional.empty())) {
      UdpRequests requests =
          new UdpRequests(
              endpoint,
              LocalUser.current().name(),
              RetransmitPolicy.AMANDA,
              scheduler,
              Clock.systemUTC());
      return requests
          .send(peer, service, arguments, Duration.ofSeconds(timeoutSeconds), body -> {})
          .get(timeoutSeconds * 4 + 60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new UserError("Request failed: " + e.getCause().getMessage());
    } catch (TimeoutException e) {
      throw new UserError("Request failed: no answer from " + peer);
    }
  }

  private String readBody() throws IOException {
    if (noInput) {
      return "";
    }
    if (inputFile != null) {
      return java.nio.file.Files.readString(inputFile, StandardCharsets.ISO_8859_1);
    }
    InputStream in = System.in;
    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
  }
}
