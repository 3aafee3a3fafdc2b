package org.jamanda.net;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.DatagramChannel;

/**
 * A UDP channel bound by the datagram routine, with its local port. The channel is blocking and
 * unconnected; the caller owns it and closes it, directly or through {@link #close()}.
 *
 * @param channel the bound channel
 * @param localPort the local port and the step of the bind order that gave it
 */
public record BoundDatagram(DatagramChannel channel, AllocatedPort localPort) implements Closeable {
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
