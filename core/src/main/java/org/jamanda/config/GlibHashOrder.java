package org.jamanda.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The order in which GLib 2.74's {@code GHashTable} visits string keys hashed with Amanda's {@code
 * g_str_amanda_hash}: the order Amanda prints property lists in.
 *
 * <p>Amanda keeps properties in a hash table and prints them by walking its buckets, so the order
 * is neither insertion nor sorted order. This class repeats the table's bookkeeping (bucket index
 * {@code hash * 11 % prime}, quadratic probing, tombstones, growing at 15/16 load, shrinking at
 * 1/4, and the in-place rehash of {@code resize_map}) for keys only. It was checked against
 * Debian's amgetconf with 2 to 25 properties, removals and inheritance.
 *
 * <p>Mutable and not thread-safe; {@link PropertyList} copies it before each change.
 */
final class GlibHashOrder {
  private static final int MIN_SHIFT = 3;
  private static final int UNUSED = 0;
  private static final int TOMBSTONE = 1;
  private static final int[] PRIME_MOD = {
    1, 2, 3, 7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381, 32749, 65521, 131071
  };

  private int size;
  private int mod;
  private int mask;
  private int[] hashes;
  private String[] keys;
  private int nodes;
  private int occupied;

  GlibHashOrder() {
    setShift(MIN_SHIFT);
    hashes = new int[size];
    keys = new String[size];
  }

  GlibHashOrder copy() {
    GlibHashOrder copy = new GlibHashOrder();
    copy.setShift(Integer.numberOfTrailingZeros(size));
    copy.hashes = hashes.clone();
    copy.keys = keys.clone();
    copy.nodes = nodes;
    copy.occupied = occupied;
    return copy;
  }

  /** Adds {@code key}; a key already present keeps its bucket. */
  void put(String key) {
    int hash = hash(key);
    int index = find(key, hash);
    if (isReal(hashes[index])) {
      return;
    }
    if (hashes[index] == UNUSED) {
      occupied++;
    }
    hashes[index] = hash;
    keys[index] = key;
    nodes++;
    maybeResize();
  }

  void remove(String key) {
    int index = find(key, hash(key));
    if (!isReal(hashes[index])) {
      return;
    }
    hashes[index] = TOMBSTONE;
    keys[index] = null;
    nodes--;
    maybeResize();
  }

  /** The keys in bucket order. */
  List<String> keys() {
    List<String> out = new ArrayList<>(nodes);
    for (int i = 0; i < size; i++) {
      if (isReal(hashes[i])) {
        out.add(keys[i]);
      }
    }
    return out;
  }

  /** {@code g_hash_table_lookup_node}: the key's bucket, or where it would go. */
  private int find(String key, int hash) {
    int index = bucket(hash);
    int step = 0;
    int tombstone = -1;
    while (hashes[index] != UNUSED) {
      if (hashes[index] == hash && key.equals(keys[index])) {
        return index;
      }
      if (hashes[index] == TOMBSTONE && tombstone < 0) {
        tombstone = index;
      }
      step++;
      index = (index + step) & mask;
    }
    return tombstone >= 0 ? tombstone : index;
  }

  private void maybeResize() {
    if ((size > nodes * 4 && size > 1 << MIN_SHIFT) || size <= occupied + occupied / 16) {
      resize();
    }
  }

  /** {@code g_hash_table_resize} with {@code resize_map}: rehash in place, evicting as it goes. */
  private void resize() {
    int oldSize = size;
    setShift(Math.max(MIN_SHIFT, 32 - Integer.numberOfLeadingZeros((int) (nodes * 1.333))));
    if (size > oldSize) {
      hashes = Arrays.copyOf(hashes, size);
      keys = Arrays.copyOf(keys, size);
    }
    boolean[] placed = new boolean[Math.max(size, oldSize)];
    for (int i = 0; i < oldSize; i++) {
      if (!isReal(hashes[i])) {
        hashes[i] = UNUSED;
      } else if (!placed[i]) {
        int hash = hashes[i];
        String key = keys[i];
        hashes[i] = UNUSED;
        keys[i] = null;
        relocate(hash, key, placed);
      }
    }
    if (size < oldSize) {
      hashes = Arrays.copyOf(hashes, size);
      keys = Arrays.copyOf(keys, size);
    }
    occupied = nodes;
  }

  private void relocate(int hash, String key, boolean[] placed) {
    while (true) {
      int index = bucket(hash);
      int step = 0;
      while (placed[index]) {
        step++;
        index = (index + step) & mask;
      }
      placed[index] = true;
      int evictedHash = hashes[index];
      String evictedKey = keys[index];
      hashes[index] = hash;
      keys[index] = key;
      if (!isReal(evictedHash)) {
        return;
      }
      hash = evictedHash;
      key = evictedKey;
    }
  }

  private void setShift(int shift) {
    size = 1 << shift;
    mod = PRIME_MOD[shift];
    mask = size - 1;
  }

  private int bucket(int hash) {
    // GLib multiplies in guint, so the product wraps at 32 bits before the modulo.
    return (int) (Integer.toUnsignedLong(hash * 11) % mod);
  }

  /**
   * {@code g_str_amanda_hash}: h * 31 + c over the UTF-8 bytes, ASCII letters folded to lower case
   * and '_' read as '-'. Bytes are signed, as a C {@code gchar} is.
   */
  private static int hash(String key) {
    int h = 0;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      int folded = b == '_' ? '-' : (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
      h = (h << 5) - h + folded;
    }
    return isReal(h) ? h : 2;
  }

  private static boolean isReal(int hash) {
    return Integer.compareUnsigned(hash, 2) >= 0;
  }
}
