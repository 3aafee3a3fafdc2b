package org.jamanda.storage.vtape;

import java.io.IOException;

/**
 * A volume that cannot be labelled or written as asked: it already holds a label and the caller did
 * not force, the label does not match {@code labelstr}, or the volume has no label yet. The message
 * is meant for the operator as it stands.
 */
public final class VolumeLabelException extends IOException {
  private static final long serialVersionUID = 1L;

  public VolumeLabelException(String message) {
    super(message);
  }
}
