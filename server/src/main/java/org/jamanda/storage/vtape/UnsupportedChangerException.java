package org.jamanda.storage.vtape;

import java.io.IOException;

/**
 * The configuration names a changer jamanda cannot drive: anything but a {@code chg-disk:DIR}
 * changer. The message quotes the setting.
 */
public final class UnsupportedChangerException extends IOException {
  private static final long serialVersionUID = 1L;

  public UnsupportedChangerException(String message) {
    super(message);
  }
}
