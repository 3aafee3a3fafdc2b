package org.jamanda.daemon.service;

import java.util.ArrayList;
import java.util.List;
import org.jamanda.protocol.service.ClientMessage.Argument;
import org.jamanda.protocol.service.MessageEmitter;

/**
 * Collects a client message's arguments in the order Amanda writes them. An errno comes first:
 * {@code merrno, errnocode, errnostr} as selfcheck writes it, or {@code errnocode, errnostr,
 * merrno} for an application's message that selfcheck read back and relays (ammessage.c parses
 * {@code merrno} as a plain argument). Not thread-safe; one per message.
 */
final class MessageArguments {
  private final List<Argument> arguments = new ArrayList<>();

  MessageArguments add(String key, String value) {
    arguments.add(new Argument(key, value));
    return this;
  }

  MessageArguments errno(Errno errno, MessageEmitter emitter) {
    boolean relayed = !emitter.equals(MessageEmitter.SELFCHECK);
    if (!relayed && errno.number() != 0) {
      add("merrno", Integer.toString(errno.number()));
    }
    add("errnocode", errno.name());
    add("errnostr", errno.text());
    if (relayed && errno.number() != 0) {
      add("merrno", Integer.toString(errno.number()));
    }
    return this;
  }

  List<Argument> list() {
    return List.copyOf(arguments);
  }
}
