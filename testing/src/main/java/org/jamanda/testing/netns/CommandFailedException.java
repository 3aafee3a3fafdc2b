package org.jamanda.testing.netns;

import java.io.IOException;

/** A command of the test bed exited non-zero or ran past its time limit. */
public class CommandFailedException extends IOException {
  private static final long serialVersionUID = 1L;

  public CommandFailedException(String message) {
    super(message);
  }
}
