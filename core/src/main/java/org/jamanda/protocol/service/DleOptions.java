package org.jamanda.protocol.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dumptype options of a DLE as the client sees them: XML elements such as {@code <auth>},
 * {@code <index>} and {@code <compress>}, or the {@code |;auth=bsdtcp;index;} string of the legacy
 * text form. Defaults are Amanda's ({@code init_dle} in amxml.c): record on, index off, spindle 0,
 * no compression or encryption, data path AMANDA. Immutable.
 *
 * @param auth the auth method the server uses for this host, if sent
 * @param record whether a level-0 dump updates the dump dates (no {@code no-record})
 * @param index whether the server wants an index of the dump
 * @param spindle the DLE's spindle number; -1 means none
 * @param compress where and how the dump is compressed
 * @param compressProgram the custom compression program, for the CUSTOM modes
 * @param encrypt where the dump is encrypted
 * @param encryptProgram the custom encryption program, for the CUSTOM modes
 * @param decryptOption the option that makes the encryption program decrypt
 * @param kencrypt whether the data stream is Kerberos-encrypted
 * @param exclude what not to back up
 * @param include what to back up, when not the whole disk
 * @param dataPath how the data travels to the server
 * @param directTcp the addresses of a DIRECTTCP data path
 * @param dumpdate the date of the dump the level is relative to, legacy {@code 1970:1:1:0:0:0}
 */
public record DleOptions(
    Optional<String> auth,
    boolean record,
    boolean index,
    int spindle,
    Compression compress,
    Optional<String> compressProgram,
    Encryption encrypt,
    Optional<String> encryptProgram,
    Optional<String> decryptOption,
    boolean kencrypt,
    DleFilter exclude,
    DleFilter include,
    DataPath dataPath,
    List<String> directTcp,
    Optional<String> dumpdate) {
  /** Amanda's defaults for a DLE whose request says nothing. */
  public static final DleOptions DEFAULTS =
      new DleOptions(
          Optional.empty(),
          true,
          false,
          0,
          Compression.NONE,
          Optional.empty(),
          Encryption.NONE,
          Optional.empty(),
          Optional.empty(),
          false,
          DleFilter.NONE,
          DleFilter.NONE,
          DataPath.AMANDA,
          List.of(),
          Optional.empty());

  public DleOptions {
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(compress, "compress");
    Objects.requireNonNull(compressProgram, "compressProgram");
    Objects.requireNonNull(encrypt, "encrypt");
    Objects.requireNonNull(encryptProgram, "encryptProgram");
    Objects.requireNonNull(decryptOption, "decryptOption");
    Objects.requireNonNull(exclude, "exclude");
    Objects.requireNonNull(include, "include");
    Objects.requireNonNull(dataPath, "dataPath");
    directTcp = List.copyOf(directTcp);
    Objects.requireNonNull(dumpdate, "dumpdate");
  }

  /** Where and how a dump is compressed ({@code <compress>}, {@code compress-fast}, ...). */
  public enum Compression {
    NONE,
    FAST,
    BEST,
    CUSTOM,
    SERVER_FAST,
    SERVER_BEST,
    SERVER_CUSTOM;

    /** True for the modes that compress on the client. */
    public boolean onClient() {
      return this == FAST || this == BEST || this == CUSTOM;
    }
  }

  /** Where a dump is encrypted ({@code <encrypt>}). */
  public enum Encryption {
    NONE,
    CUSTOM,
    SERVER_CUSTOM
  }

  /** How the data travels ({@code <datapath>}). */
  public enum DataPath {
    AMANDA,
    DIRECTTCP
  }
}
