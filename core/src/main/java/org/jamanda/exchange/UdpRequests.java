package org.jamanda.exchange;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jamanda.common.Scheduler;
import org.jamanda.protocol.PacketType;
import org.jamanda.security.bsd.ExchangeKey;
import org.jamanda.security.bsd.UdpEndpoint;

/**
 * Sends requests to any number of hosts from one UDP endpoint, as amcheck and the planner do: each
 * request gets its own handle ({@code 000-%08x} from a counter, as bsd_connect) and a sequence
 * number, and its own {@link Requester}. Thread-safe.
 */
public final class UdpRequests {
  private final UdpEndpoint endpoint;
  private final String localUser;
  private final RetransmitPolicy policy;
  private final Scheduler scheduler;
  private final Clock clock;
  private final AtomicInteger nextHandle = new AtomicInteger();

  /**
   * @param localUser the name sent in {@code SECURITY USER}: the user this process runs as
   */
  public UdpRequests(
      UdpEndpoint endpoint,
      String localUser,
      RetransmitPolicy policy,
      Scheduler scheduler,
      Clock clock) {
    this.endpoint = endpoint;
    this.localUser = localUser;
    this.policy = policy;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /**
   * Sends {@code SERVICE service} with {@code arguments} to amandad at {@code peer}.
   *
   * @param replyTimeout how long to wait for the REP once the REQ is acknowledged
   * @param partials receives each PREP body
   * @return completes with the REP or NAK, or exceptionally with an {@link IOException} (an {@link
   *     ExchangeTimeoutException} when the peer never answered)
   */
  public CompletableFuture<Reply> send(
      InetSocketAddress peer,
      String service,
      String arguments,
      Duration replyTimeout,
      Consumer<String> partials) {
    String handle = String.format("000-%08x", nextHandle.getAndIncrement());
    int sequence = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
    ExchangeKey key = new ExchangeKey(peer, handle, sequence);
    CompletableFuture<Reply> result = new CompletableFuture<>();
    Requester requester =
        new Requester(
            endpoint.channel(key, Optional.of(localUser)),
            "SERVICE " + service + "\n" + arguments,
            replyTimeout,
            policy,
            scheduler,
            clock,
            new FutureListener(result, partials, () -> endpoint.unregister(key)));
    endpoint.register(key, requester::receive);
    requester.start();
    return result;
  }

  private static final class FutureListener implements ReplyListener {
    private final CompletableFuture<Reply> result;
    private final Consumer<String> partials;
    private final Runnable onEnd;

    FutureListener(CompletableFuture<Reply> result, Consumer<String> partials, Runnable onEnd) {
      this.result = result;
      this.partials = partials;
      this.onEnd = onEnd;
    }

    @Override
    public void onPartialReply(String body) {
      partials.accept(body);
    }

    @Override
    public void onReply(String body) {
      onEnd.run();
      result.complete(new Reply(PacketType.REP, body));
    }

    @Override
    public void onNak(String body) {
      onEnd.run();
      result.complete(new Reply(PacketType.NAK, body));
    }

    @Override
    public void onFailure(IOException cause) {
      onEnd.run();
      result.completeExceptionally(cause);
    }
  }
}
