package org.jamanda.protocol.service;

import java.util.Locale;

/** How serious a client message is, with the name Amanda writes in JSON (ammessage.c). */
public enum MessageSeverity {
  SUCCESS,
  INFO,
  MESSAGE,
  WARNING,
  ERROR,
  CRITICAL;

  /** The word in a message's {@code "severity"} field, e.g. {@code info}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
