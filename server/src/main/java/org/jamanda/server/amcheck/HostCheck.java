package org.jamanda.server.amcheck;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jamanda.exchange.Reply;
import org.jamanda.exchange.UdpRequests;
import org.jamanda.net.HostResolver;
import org.jamanda.protocol.Features;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks of one client host ({@code start_host} and {@code handle_result} in amcheck.c): its
 * DLEs agree on auth and maxdumps; a {@code noop} request learns its features; a {@code selfcheck}
 * request with one entry per DLE lets it check itself.
 *
 * <p>Not thread-safe, but its steps run one after another, each on the thread that completed the
 * one before, so one instance serves one host without locks.
 */
final class HostCheck {
  private static final Logger log = LoggerFactory.getLogger(HostCheck.class);

  /** The auths whose requests jamanda's amcheck sends: the UDP ones. */
  private static final Set<String> SPOKEN = Set.of("bsd", "bsdudp");

  /** Every auth Amanda 3.5 has a security driver for. */
  private static final Set<String> AMANDA_AUTHS =
      Set.of("bsd", "bsdudp", "bsdtcp", "ssl", "ssh", "rsh", "krb5", "local");

  private final AmcheckHost host;
  private final UdpRequests requests;
  private final HostResolver resolver;
  private final ClientCheckSettings settings;
  private final int localPort;

  HostCheck(
      AmcheckHost host,
      UdpRequests requests,
      HostResolver resolver,
      ClientCheckSettings settings,
      int localPort) {
    this.host = host;
    this.requests = requests;
    this.resolver = resolver;
    this.settings = settings;
    this.localPort = localPort;
  }

  /** Starts the checks; the result completes normally, whatever happened to the host. */
  CompletableFuture<Findings> start() {
    Findings settingsFound = Findings.EMPTY.withProblems(hostSettingProblems());
    Optional<CheckMessage> unspoken = unspokenAuth();
    if (unspoken.isPresent()) {
      return CompletableFuture.completedFuture(settingsFound.withProblem(unspoken.get()));
    }
    InetSocketAddress peer;
    try {
      peer = new InetSocketAddress(address(), ClientPorts.port(host.first(), settings.services()));
    } catch (UnknownHostException e) {
      return CompletableFuture.completedFuture(
          settingsFound.withProblem(FailureDiagnosis.unresolved(host.name(), e)));
    } catch (ClientPorts.UnknownPortException e) {
      return CompletableFuture.completedFuture(settingsFound.withProblem(e.message(host.name())));
    }
    RequestStep step = RequestStep.noop(peer);
    return send(step, RequestArguments.noop(settings.ours()))
        .thenCompose(answer -> afterNoop(settingsFound, step, answer));
  }

  // Completes normally in every case, with the reply or with the reason there is none.
  private CompletableFuture<Answer> send(RequestStep step, String arguments) {
    log.debug(
        "sending request host={} service={} peer={}", host.name(), step.service(), step.peer());
    return requests
        .send(step.peer(), step.service(), arguments, settings.replyTimeout(), p -> {})
        .handle(Answer::new);
  }

  private CompletableFuture<Findings> afterNoop(Findings sofar, RequestStep step, Answer answer) {
    if (answer.failure() != null) {
      return CompletableFuture.completedFuture(sofar.withProblem(failed(step, answer.failure())));
    }
    ReplyReading reading =
        ReplyReader.read(host.name(), answer.reply(), step, false, settings.clientVerbose());
    Findings result = sofar.with(reading);
    if (reading.hostFailed()) {
      return CompletableFuture.completedFuture(result);
    }
    Features theirs = reading.features().orElse(ClientCheckSettings.OLD_CLIENT_FEATURES);
    RequestArguments.Built built =
        RequestArguments.selfcheck(host, theirs, settings.ours(), settings.config());
    Findings withRequest = result.withProblems(built.messages());
    if (built.dleCount() == 0) {
      return CompletableFuture.completedFuture(withRequest);
    }
    RequestStep selfcheck = RequestStep.selfcheck(step.peer());
    return send(selfcheck, built.arguments())
        .thenApply(second -> afterSelfcheck(withRequest, selfcheck, second));
  }

  private Findings afterSelfcheck(Findings sofar, RequestStep step, Answer answer) {
    if (answer.failure() != null) {
      return sofar.withProblem(failed(step, answer.failure()));
    }
    return sofar.with(
        ReplyReader.read(host.name(), answer.reply(), step, true, settings.clientVerbose()));
  }

  /** A request's end: its reply, or the failure that took its place. */
  private record Answer(Reply reply, Throwable failure) {}

  private CheckMessage failed(RequestStep step, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    log.warn(
        "request failed host={} service={} error={}",
        host.name(),
        step.service(),
        cause.toString());
    return FailureDiagnosis.requestFailed(
        host.name(), step, cause, localPort, settings.replyTimeout());
  }

  // check_host_setting: every DLE of a host must use the first one's auth and maxdumps.
  private List<CheckMessage> hostSettingProblems() {
    List<CheckMessage> out = new ArrayList<>();
    if (host.dles().stream().anyMatch(d -> !d.auth().equals(host.auth()))) {
      out.add(
          CheckMessage.of(
              Severity.ERROR,
              "Multiple DLE's for host '" + host.name() + "' use different auth methods",
              "Please ensure that all DLE's for the host use the same auth method,"
                  + " including skipped ones"));
    }
    if (host.dles().stream().anyMatch(d -> d.maxdumps() != host.maxdumps())) {
      out.add(
          CheckMessage.of(
              Severity.ERROR,
              "Multiple DLE's for host '" + host.name() + "' use different maxdumps values",
              "Please ensure that all DLE's for the host use the same maxdumps value, including"
                  + " skipped ones"));
    }
    return out;
  }

  private Optional<CheckMessage> unspokenAuth() {
    String auth = host.auth();
    if (SPOKEN.contains(auth)) {
      return Optional.empty();
    }
    if (!AMANDA_AUTHS.contains(auth)) {
      return Optional.of(
          CheckMessage.of(
              Severity.ERROR,
              "Could not find security driver '"
                  + auth
                  + "' for host '"
                  + host.name()
                  + "'. auth for this dle is invalid"));
    }
    // LIMITATION: jamanda's amcheck sends requests only over UDP (auth bsd and bsdudp). A host
    // whose DLEs use bsdtcp, ssl, ssh, rsh, krb5 or local is not contacted; this error is
    // printed and counted instead. Lifting it needs a requester over the framed TCP transport
    // (and ssh/local process transports) behind the same send call.
    return Optional.of(
        CheckMessage.of(
            Severity.ERROR,
            host.name() + ": auth '" + auth + "' is not implemented in jamanda's amcheck yet",
            "jamanda checks only hosts whose dumptypes use auth \"bsd\" or \"bsdudp\""));
  }

  // The first address, IPv4 first: the request socket is bound to the IPv4 wildcard.
  private InetAddress address() throws UnknownHostException {
    List<InetAddress> all = resolver.resolve(host.name()).addresses();
    if (all.isEmpty()) {
      throw new UnknownHostException(host.name() + ": no address");
    }
    return all.stream().filter(a -> a instanceof Inet4Address).findFirst().orElse(all.get(0));
  }
}
