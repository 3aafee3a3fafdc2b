package org.jamanda.protocol.service;

import java.util.Objects;

/**
 * Which Amanda program a client message speaks for: the {@code process}, {@code running_on}, {@code
 * component} and {@code module} fields of its JSON form. Immutable.
 *
 * @param process the program, e.g. {@code selfcheck}
 * @param runningOn where it runs, {@code amanda-client} on a client
 * @param component {@code amanda} for Amanda's own programs, {@code application} for plugins
 * @param module {@code amanda}, or the plugin's name
 */
public record MessageEmitter(String process, String runningOn, String component, String module) {
  /** Amanda's selfcheck program. */
  public static final MessageEmitter SELFCHECK =
      new MessageEmitter("selfcheck", "amanda-client", "amanda", "amanda");

  /** The amgtar application, as selfcheck relays its messages. */
  public static final MessageEmitter AMGTAR =
      new MessageEmitter("amgtar", "amanda-client", "application", "amgtar");

  public MessageEmitter {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(runningOn, "runningOn");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(module, "module");
  }
}
