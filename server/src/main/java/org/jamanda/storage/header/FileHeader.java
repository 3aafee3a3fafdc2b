package org.jamanda.storage.header;

import java.util.Objects;

/**
 * What the header block of one volume file says: Amanda's {@code dumpfile_t} as written by {@code
 * build_header} in {@code common-src/fileheader.c}. Immutable; build one with {@link #builder} or
 * the factories for label, end and no-op blocks.
 *
 * <p>Text fields use "" for absent and numbers use 0, as Amanda's header does; which fields a
 * header carries depends on {@link #type}: a {@code TAPESTART} block has a datestamp and a label
 * ({@link #name}), a dump has all the rest.
 *
 * @param type the file's kind
 * @param datestamp the run's timestamp ({@code 20261203162552}), or {@code X} on a label never used
 * @param name the volume label for {@code TAPESTART}, the client host for a dump
 * @param disk the disk name, unquoted
 * @param partNumber the part this file holds, from 1 ({@code SPLIT_FILE}); 1 for {@code FILE}
 * @param totalParts how many parts the dump has, -1 when unknown ({@code SPLIT_FILE})
 * @param level the dump level
 * @param compSuffix the compression suffix ({@code .gz}), "" when not compressed ({@code comp N})
 * @param encryptSuffix the encryption suffix, "" when not encrypted
 * @param program the backup program ({@code /bin/tar}, or {@code APPLICATION})
 * @param serverCustomCompress the server's custom compression program, or ""
 * @param clientCustomCompress the client's custom compression program, or ""
 * @param serverEncrypt the server's encryption program, or ""
 * @param clientEncrypt the client's encryption program, or ""
 * @param serverDecryptOption the option that makes the server's program decrypt, or ""
 * @param clientDecryptOption the option that makes the client's program decrypt, or ""
 * @param contFilename the file holding the continuation of this dump, or ""
 * @param application the backup application ({@code amgtar}), or ""
 * @param partial true when the dump did not complete
 * @param origSizeKib the dump's size before compression in KiB, 0 when unknown
 * @param nativeCrc the CRC of the image as the backup program produced it
 * @param clientCrc the CRC of the image as the client sent it
 * @param serverCrc the CRC of the image as the server stored it
 * @param dle the DLE's XML as sent to the client, without the heredoc lines, or ""
 * @param blocksizeBytes the block size the restore hint names ({@code bs=32k}), 0 for none
 * @param decryptCmd the decrypt stage of the restore hint, ending in {@code |}, or ""
 * @param uncompressCmd the uncompress stage of the restore hint, ending in {@code |}, or ""
 * @param recoverCmd the last stage of the restore hint, or ""
 */
public record FileHeader(
    FileType type,
    String datestamp,
    String name,
    String disk,
    int partNumber,
    int totalParts,
    int level,
    String compSuffix,
    String encryptSuffix,
    String program,
    String serverCustomCompress,
    String clientCustomCompress,
    String serverEncrypt,
    String clientEncrypt,
    String serverDecryptOption,
    String clientDecryptOption,
    String contFilename,
    String application,
    boolean partial,
    long origSizeKib,
    Crc nativeCrc,
    Crc clientCrc,
    Crc serverCrc,
    String dle,
    int blocksizeBytes,
    String decryptCmd,
    String uncompressCmd,
    String recoverCmd) {

  /** Rejects nulls; every absent text field is "". */
  public FileHeader {
    Objects.requireNonNull(type, "type");
    for (String text :
        new String[] {
          datestamp,
          name,
          disk,
          compSuffix,
          encryptSuffix,
          program,
          serverCustomCompress,
          clientCustomCompress,
          serverEncrypt,
          clientEncrypt,
          serverDecryptOption,
          clientDecryptOption,
          contFilename,
          application,
          dle,
          decryptCmd,
          uncompressCmd,
          recoverCmd
        }) {
      Objects.requireNonNull(text, "text fields are \"\" when absent, never null");
    }
    Objects.requireNonNull(nativeCrc, "nativeCrc");
    Objects.requireNonNull(clientCrc, "clientCrc");
    Objects.requireNonNull(serverCrc, "serverCrc");
  }

  /** The label block of volume {@code label}, written when it was labelled or last used. */
  public static FileHeader tapestart(String datestamp, String label) {
    return builder(FileType.TAPESTART).datestamp(datestamp).name(label).build();
  }

  /** The end-of-volume block. */
  public static FileHeader tapeend(String datestamp) {
    return builder(FileType.TAPEEND).datestamp(datestamp).build();
  }

  /** The block of a no-op file. */
  public static FileHeader noop() {
    return builder(FileType.NOOP).build();
  }

  /** A builder for a header of {@code type} with every other field absent. */
  public static FileHeaderBuilder builder(FileType type) {
    return new FileHeaderBuilder(type);
  }

  /** A builder holding this header's fields, to derive a changed copy. */
  public FileHeaderBuilder toBuilder() {
    return new FileHeaderBuilder(this);
  }

  /** The volume label of a {@code TAPESTART} block (the same field as {@link #name}). */
  public String label() {
    return name;
  }

  /** The client host of a dump (the same field as {@link #name}). */
  public String host() {
    return name;
  }

  /** True when the header says {@code comp} with a suffix other than {@code N}. */
  public boolean isCompressed() {
    return !compSuffix.isEmpty();
  }

  /** True when the header carries a {@code crypt} suffix. */
  public boolean isEncrypted() {
    return !encryptSuffix.isEmpty();
  }
}
