package org.jamanda.storage.vtape;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the tapelist: a labelled volume, when it was last written, and where it belongs.
 * Immutable. Text fields are "" when absent, as Amanda leaves them out of the line.
 *
 * <pre>
 * 20261203162552 Lab-3 reuse BLOCKSIZE:32 POOL:Lab STORAGE:Lab CONFIG:Lab
 * </pre>
 *
 * @param datestamp the run that last wrote the volume, or {@code 0} for a volume never written
 * @param label the volume label
 * @param reuse false when the operator marked the volume {@code no-reuse}
 * @param barcode the barcode of a tape in a library, or ""
 * @param meta the meta label of a removable disk, or ""
 * @param blocksizeKib the block size the volume was written with in KiB, 0 when not recorded
 * @param pool the tape pool, or ""
 * @param storage the storage the volume belongs to, or ""
 * @param config the configuration that owns the volume, or ""
 * @param comment the text after {@code #}, when there is one
 */
public record TapelistEntry(
    String datestamp,
    String label,
    boolean reuse,
    String barcode,
    String meta,
    long blocksizeKib,
    String pool,
    String storage,
    String config,
    Optional<String> comment) {

  /** Rejects nulls, and labels and datestamps that are empty or hold white space. */
  public TapelistEntry {
    requireWord(datestamp, "datestamp");
    requireWord(label, "label");
    for (String text : new String[] {barcode, meta, pool, storage, config}) {
      Objects.requireNonNull(text, "absent fields are \"\", never null");
    }
    Objects.requireNonNull(comment, "comment");
    if (blocksizeKib < 0) {
      throw new IllegalArgumentException("negative blocksize: " + blocksizeKib);
    }
  }

  /** True for a volume that was labelled but never written ({@code 0} datestamp). */
  public boolean isUnused() {
    return datestamp.equals("0");
  }

  /** The line as Amanda's {@code write_tapelist} writes it, without the newline. */
  public String format() {
    StringBuilder out = new StringBuilder(96).append(datestamp).append(' ').append(label);
    out.append(reuse ? " reuse" : " no-reuse");
    appendField(out, "BARCODE:", barcode);
    appendField(out, "META:", meta);
    appendField(out, "BLOCKSIZE:", blocksizeKib == 0 ? "" : Long.toString(blocksizeKib));
    appendField(out, "POOL:", pool);
    appendField(out, "STORAGE:", storage);
    appendField(out, "CONFIG:", config);
    comment.ifPresent(c -> out.append(" #").append(c));
    return out.toString();
  }

  private static void appendField(StringBuilder out, String key, String value) {
    if (!value.isEmpty()) {
      out.append(' ').append(key).append(value);
    }
  }

  private static void requireWord(String text, String field) {
    Objects.requireNonNull(text, field);
    if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(field + " must be one word: '" + text + "'");
    }
  }
}
