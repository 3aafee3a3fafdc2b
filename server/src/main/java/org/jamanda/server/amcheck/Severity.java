package org.jamanda.server.amcheck;

import java.util.Locale;

/**
 * How serious a check message is, with Amanda's names and the prefixes amcheck prints for them
 * ({@code ammessage.h}, {@code amcheck_fprint_message} in amcheck.c). Ordered from least to most
 * serious.
 */
public enum Severity {
  /** A check passed. */
  SUCCESS("NOTE: ", "OK"),
  /** Something worth knowing; never a problem. */
  INFO("NOTE: ", "OK"),
  /** Plain output, such as headers and totals. */
  MESSAGE("", "OK"),
  /** Something the operator should fix; amcheck counts it as a problem. */
  WARNING("WARNING: ", "WARNING"),
  /** A check failed. */
  ERROR("ERROR: ", "ERROR"),
  /** A check failed so badly that nothing else could be checked. */
  CRITICAL("CRITICAL: ", "CRITICAL");

  private final String prefix;
  private final String hostWord;

  Severity(String prefix, String hostWord) {
    this.prefix = prefix;
    this.hostWord = hostWord;
  }

  /** The prefix of a message that names no client host, e.g. {@code "WARNING: "}. */
  public String prefix() {
    return prefix;
  }

  /** The prefix of a client's message about {@code host}, e.g. {@code "HOST db1 ERROR: "}. */
  public String prefix(String host) {
    return "HOST " + host + " " + hostWord + ": ";
  }

  /**
   * The severity of a JSON message's {@code "severity"} value. Like Amanda's parser, any value it
   * does not know is critical.
   */
  public static Severity ofJson(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "success" -> SUCCESS;
      case "info" -> INFO;
      case "message" -> MESSAGE;
      case "warning" -> WARNING;
      case "error" -> ERROR;
      default -> CRITICAL;
    };
  }
}
