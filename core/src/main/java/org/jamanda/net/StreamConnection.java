package org.jamanda.net;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * A connected TCP stream made by a stream client, with the local port it was made from. The channel
 * is blocking; the caller owns it and closes it, directly or through {@link #close()}.
 *
 * @param channel the connected channel
 * @param localPort the local port and the step of the bind order that gave it
 */
public record StreamConnection(SocketChannel channel, AllocatedPort localPort)
    implements Closeable {
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
