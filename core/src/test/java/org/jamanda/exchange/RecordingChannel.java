package org.jamanda.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.protocol.PacketType;
import org.jamanda.security.PacketSender;

/** An {@link PacketSender} that records what was sent, for assertions. */
final class RecordingChannel implements PacketSender {
  record Sent(PacketType type, String body) {}

  private final List<Sent> sent = new ArrayList<>();
  private IOException failure;

  @Override
  public synchronized void send(PacketType type, String body) throws IOException {
    if (failure != null) {
      throw failure;
    }
    sent.add(new Sent(type, body));
  }

  synchronized void failWith(IOException e) {
    failure = e;
  }

  synchronized List<PacketType> types() {
    return sent.stream().map(Sent::type).toList();
  }

  synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }
}
