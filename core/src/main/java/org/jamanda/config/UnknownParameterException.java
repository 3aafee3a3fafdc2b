package org.jamanda.config;

/**
 * An amgetconf parameter that names nothing in the configuration. Its message is the line Amanda's
 * amgetconf prints for it: {@code amgetconf: no such parameter "NAME"}.
 */
public final class UnknownParameterException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  public UnknownParameterException(String parameter) {
    super("amgetconf: no such parameter \"" + parameter + "\"");
    this.parameter = parameter;
  }

  /** The parameter as asked for. */
  public String parameter() {
    return parameter;
  }
}
