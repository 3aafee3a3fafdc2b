package org.jamanda.daemon.service;

import org.jamanda.protocol.service.ClientMessage;
import org.jamanda.protocol.service.DleRequest;
import org.jamanda.protocol.service.MessageEmitter;
import org.jamanda.protocol.service.MessageSeverity;

/**
 * The messages of the amgtar application's selfcheck (amgtar.c, codes 37000xx; texts in
 * ammessage.c), as Amanda's selfcheck relays them: process {@code amgtar}, component {@code
 * application}. Immutable.
 */
final class AmgtarMessages {
  private static final String FILE = "amgtar.c";

  private final String hostname;
  private final DleRequest dle;

  AmgtarMessages(String hostname, DleRequest dle) {
    this.hostname = hostname;
    this.dle = dle;
  }

  ClientMessage disk() {
    return info(965, 3700000, "%{disk}", dleArgs(new MessageArguments()));
  }

  ClientMessage version(String version) {
    return info(
        972,
        3700001,
        "amgtar version %{version}",
        dleArgs(new MessageArguments().add("version", version)));
  }

  ClientMessage amgtar() {
    return info(995, 3700004, "amgtar", dleArgs(new MessageArguments()));
  }

  ClientMessage gtarVersion(String version) {
    return info(
        1029,
        3700002,
        "amgtar gtar-version %{gtar-version}",
        dleArgs(new MessageArguments().add("gtar-version", version)));
  }

  ClientMessage cannotGetVersion(String gtarPath) {
    return error(
        1036,
        3700003,
        "Can't get %{gtar-path} version",
        dleArgs(new MessageArguments().add("gtar-path", gtarPath)));
  }

  ClientMessage noGnutar() {
    return error(1052, 3700005, "GNUTAR program not available", dleArgs(new MessageArguments()));
  }

  ClientMessage noListdir() {
    return error(1063, 3700006, "No GNUTAR-LISTDIR", dleArgs(new MessageArguments()));
  }

  /** A YES/NO property with another value; {@code property} is the amgtar property name. */
  ClientMessage badBooleanProperty(AmgtarProperty property, String value) {
    String key = property == AmgtarProperty.DAR ? "property_value" : "value";
    return error(
        property.sourceLine(),
        property.code(),
        "bad " + property.wireName() + " property value '%{" + key + "}'",
        dleArgs(new MessageArguments().add(key, value)));
  }

  private MessageArguments dleArgs(MessageArguments arguments) {
    return arguments.add("disk", dle.disk()).add("device", dle.device()).add("hostname", hostname);
  }

  private static ClientMessage info(int line, int code, String template, MessageArguments a) {
    return new ClientMessage(
        FILE, line, MessageSeverity.INFO, MessageEmitter.AMGTAR, code, a.list(), template);
  }

  private static ClientMessage error(int line, int code, String template, MessageArguments a) {
    return new ClientMessage(
        FILE, line, MessageSeverity.ERROR, MessageEmitter.AMGTAR, code, a.list(), template);
  }
}
