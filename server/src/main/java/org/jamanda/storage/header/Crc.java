package org.jamanda.storage.header;

import java.util.Locale;

/**
 * A CRC32C checksum of a byte stream together with the stream's length in bytes, written {@code <8
 * hex digits>:<bytes>} as in {@code NATIVE-CRC=3483d724:1054720}. Immutable.
 *
 * @param crc32c the checksum, an unsigned 32-bit value
 * @param sizeBytes how many bytes the checksum covers
 */
public record Crc(long crc32c, long sizeBytes) {
  /**
   * The absent checksum. Amanda writes a CRC line only when the checksum is above zero, so a real
   * checksum of zero cannot be told apart from none.
   */
  public static final Crc NONE = new Crc(0, 0);

  /** Checks the checksum fits in 32 unsigned bits and the size is not negative. */
  public Crc {
    if (crc32c < 0 || crc32c > 0xffffffffL) {
      throw new IllegalArgumentException("crc32c out of range: " + crc32c);
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("negative size: " + sizeBytes);
    }
  }

  /** True unless this is {@link #NONE}-like, that is the checksum is zero. */
  public boolean isPresent() {
    return crc32c != 0;
  }

  /** The wire form, {@code 3483d724:1054720}. */
  public String format() {
    return String.format(Locale.ROOT, "%08x:%d", crc32c, sizeBytes);
  }

  /**
   * Reads the wire form.
   *
   * @throws IllegalArgumentException when {@code text} is not {@code <hex>:<decimal>}
   */
  public static Crc parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 1 || colon > 8 || colon == text.length() - 1) {
      throw new IllegalArgumentException("expected <crc32c hex>:<bytes>");
    }
    try {
      long crc = Long.parseLong(text.substring(0, colon), 16);
      long size = Long.parseLong(text.substring(colon + 1));
      return new Crc(crc, size);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected <crc32c hex>:<bytes>", e);
    }
  }
}
