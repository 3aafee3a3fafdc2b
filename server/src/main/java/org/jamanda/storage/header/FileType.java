package org.jamanda.storage.header;

import java.util.Optional;

/**
 * The kind of a volume file, spelled as on the header's first line after {@code AMANDA:} (the
 * {@code filetypetab} of Amanda's {@code common-src/fileheader.c}). Immutable.
 */
public enum FileType {
  /** The label file at the start of a volume: {@code AMANDA: TAPESTART DATE <ts> TAPE <label>}. */
  TAPESTART,
  /** A whole dump in one file; also the unpadded header amidxtaped sends and indexes keep. */
  FILE,
  /** A continuation file of a dump spread over several files by old Amanda versions. */
  CONT_FILE,
  /** One part of a dump; the taper writes this even for a dump that fits in one part. */
  SPLIT_FILE,
  /** The end-of-volume marker: {@code AMANDA: TAPEEND DATE <ts>}. */
  TAPEEND,
  /** A placeholder file with no content: {@code AMANDA: NOOP}. */
  NOOP;

  /** True for the three kinds that carry a dump image and its host, disk and level. */
  public boolean isDump() {
    return this == FILE || this == CONT_FILE || this == SPLIT_FILE;
  }

  /** The type spelled {@code token}, if any; the match is exact and case-sensitive. */
  public static Optional<FileType> tryParse(String token) {
    for (FileType type : values()) {
      if (type.name().equals(token)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
