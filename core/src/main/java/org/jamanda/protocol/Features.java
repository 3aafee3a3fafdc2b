package org.jamanda.protocol;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jamanda.common.InputExcerpt;

/**
 * A features bitmap as carried in {@code OPTIONS features=<hex>;}: feature {@code n} is bit {@code
 * n & 7} (least significant first) of byte {@code n >> 3}, and each byte is written as two
 * lowercase hex digits ({@code am_feature_to_string} in amfeatures.c).
 *
 * <pre>
 * features=ffffffff9efefbfffffffffffffff3fffbf71f
 * </pre>
 *
 * <p>Bits beyond the features jamanda knows are kept, so a peer's string formats back unchanged.
 * Immutable.
 */
public final class Features {
  /** Longest features string accepted, in hex digits; Amanda 3.5 sends 38 to 40. */
  public static final int MAX_HEX_DIGITS = 1024;

  private final byte[] bytes;

  private Features(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A bitmap with exactly {@code features} set, sized for every feature jamanda knows. */
  public static Features of(Set<Feature> features) {
    byte[] bytes = new byte[(Feature.values().length + 7) >> 3];
    for (Feature f : features) {
      bytes[f.bit() >> 3] |= (byte) (1 << (f.bit() & 7));
    }
    return new Features(bytes);
  }

  /**
   * Parses a features string. Upper- and lowercase digits are accepted; an odd last digit is
   * dropped, as Amanda does.
   */
  public static Features parse(String hex) throws MalformedPacketException {
    if (hex.length() > MAX_HEX_DIGITS) {
      throw new MalformedPacketException(
          "features", "features string too long: " + hex.length() + " digits, limit " + 1024);
    }
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = Character.digit(hex.charAt(2 * i), 16);
      int low = Character.digit(hex.charAt(2 * i + 1), 16);
      if (high < 0 || low < 0) {
        throw new MalformedPacketException(
            "features", "features string is not hexadecimal: " + InputExcerpt.of(hex));
      }
      bytes[i] = (byte) ((high << 4) | low);
    }
    return new Features(bytes);
  }

  /** True when the bitmap has {@code feature}; a short bitmap lacks the features past its end. */
  public boolean has(Feature feature) {
    int index = feature.bit() >> 3;
    return index < bytes.length && (bytes[index] & (1 << (feature.bit() & 7))) != 0;
  }

  /** The known features that are set. */
  public Set<Feature> known() {
    Set<Feature> set = EnumSet.noneOf(Feature.class);
    for (Feature f : Feature.values()) {
      if (has(f)) {
        set.add(f);
      }
    }
    return set;
  }

  /** The hex string, two lowercase digits per byte. */
  public String format() {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Features f && Arrays.equals(bytes, f.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return format();
  }
}
