package org.jamanda.config;

/** A script's {@code execute-where}: on the client or on the server. */
public enum ExecuteWhere {
  CLIENT,
  SERVER
}
