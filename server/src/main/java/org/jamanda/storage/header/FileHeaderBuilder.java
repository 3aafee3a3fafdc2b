package org.jamanda.storage.header;

/**
 * Collects the fields of a {@link FileHeader}; every field starts absent ("" or 0, CRCs {@link
 * Crc#NONE}). Not thread-safe: one builder per thread.
 */
public final class FileHeaderBuilder {
  private FileType type;
  private String datestamp = "";
  private String name = "";
  private String disk = "";
  private int partNumber;
  private int totalParts;
  private int level;
  private String compSuffix = "";
  private String encryptSuffix = "";
  private String program = "";
  private String serverCustomCompress = "";
  private String clientCustomCompress = "";
  private String serverEncrypt = "";
  private String clientEncrypt = "";
  private String serverDecryptOption = "";
  private String clientDecryptOption = "";
  private String contFilename = "";
  private String application = "";
  private boolean partial;
  private long origSizeKib;
  private Crc nativeCrc = Crc.NONE;
  private Crc clientCrc = Crc.NONE;
  private Crc serverCrc = Crc.NONE;
  private String dle = "";
  private int blocksizeBytes;
  private String decryptCmd = "";
  private String uncompressCmd = "";
  private String recoverCmd = "";

  FileHeaderBuilder(FileType type) {
    this.type = type;
  }

  FileHeaderBuilder(FileHeader from) {
    this.type = from.type();
    this.datestamp = from.datestamp();
    this.name = from.name();
    this.disk = from.disk();
    this.partNumber = from.partNumber();
    this.totalParts = from.totalParts();
    this.level = from.level();
    this.compSuffix = from.compSuffix();
    this.encryptSuffix = from.encryptSuffix();
    this.program = from.program();
    this.serverCustomCompress = from.serverCustomCompress();
    this.clientCustomCompress = from.clientCustomCompress();
    this.serverEncrypt = from.serverEncrypt();
    this.clientEncrypt = from.clientEncrypt();
    this.serverDecryptOption = from.serverDecryptOption();
    this.clientDecryptOption = from.clientDecryptOption();
    this.contFilename = from.contFilename();
    this.application = from.application();
    this.partial = from.partial();
    this.origSizeKib = from.origSizeKib();
    this.nativeCrc = from.nativeCrc();
    this.clientCrc = from.clientCrc();
    this.serverCrc = from.serverCrc();
    this.dle = from.dle();
    this.blocksizeBytes = from.blocksizeBytes();
    this.decryptCmd = from.decryptCmd();
    this.uncompressCmd = from.uncompressCmd();
    this.recoverCmd = from.recoverCmd();
  }

  /**
   * Sets {@link FileHeader#type}, as when the {@code SPLIT_FILE} header of a volume is sent as the
   * {@code FILE} header of a restore.
   */
  public FileHeaderBuilder type(FileType type) {
    this.type = type;
    return this;
  }

  /** Sets {@link FileHeader#datestamp}. */
  public FileHeaderBuilder datestamp(String datestamp) {
    this.datestamp = datestamp;
    return this;
  }

  /** Sets {@link FileHeader#name}. */
  public FileHeaderBuilder name(String name) {
    this.name = name;
    return this;
  }

  /** Sets {@link FileHeader#disk}. */
  public FileHeaderBuilder disk(String disk) {
    this.disk = disk;
    return this;
  }

  /** Sets {@link FileHeader#partNumber}. */
  public FileHeaderBuilder partNumber(int partNumber) {
    this.partNumber = partNumber;
    return this;
  }

  /** Sets {@link FileHeader#totalParts}. */
  public FileHeaderBuilder totalParts(int totalParts) {
    this.totalParts = totalParts;
    return this;
  }

  /** Sets {@link FileHeader#level}. */
  public FileHeaderBuilder level(int level) {
    this.level = level;
    return this;
  }

  /** Sets {@link FileHeader#compSuffix}. */
  public FileHeaderBuilder compSuffix(String compSuffix) {
    this.compSuffix = compSuffix;
    return this;
  }

  /** Sets {@link FileHeader#encryptSuffix}. */
  public FileHeaderBuilder encryptSuffix(String encryptSuffix) {
    this.encryptSuffix = encryptSuffix;
    return this;
  }

  /** Sets {@link FileHeader#program}. */
  public FileHeaderBuilder program(String program) {
    this.program = program;
    return this;
  }

  /** Sets {@link FileHeader#serverCustomCompress}. */
  public FileHeaderBuilder serverCustomCompress(String serverCustomCompress) {
    this.serverCustomCompress = serverCustomCompress;
    return this;
  }

  /** Sets {@link FileHeader#clientCustomCompress}. */
  public FileHeaderBuilder clientCustomCompress(String clientCustomCompress) {
    this.clientCustomCompress = clientCustomCompress;
    return this;
  }

  /** Sets {@link FileHeader#serverEncrypt}. */
  public FileHeaderBuilder serverEncrypt(String serverEncrypt) {
    this.serverEncrypt = serverEncrypt;
    return this;
  }

  /** Sets {@link FileHeader#clientEncrypt}. */
  public FileHeaderBuilder clientEncrypt(String clientEncrypt) {
    this.clientEncrypt = clientEncrypt;
    return this;
  }

  /** Sets {@link FileHeader#serverDecryptOption}. */
  public FileHeaderBuilder serverDecryptOption(String serverDecryptOption) {
    this.serverDecryptOption = serverDecryptOption;
    return this;
  }

  /** Sets {@link FileHeader#clientDecryptOption}. */
  public FileHeaderBuilder clientDecryptOption(String clientDecryptOption) {
    this.clientDecryptOption = clientDecryptOption;
    return this;
  }

  /** Sets {@link FileHeader#contFilename}. */
  public FileHeaderBuilder contFilename(String contFilename) {
    this.contFilename = contFilename;
    return this;
  }

  /** Sets {@link FileHeader#application}. */
  public FileHeaderBuilder application(String application) {
    this.application = application;
    return this;
  }

  /** Sets {@link FileHeader#partial}. */
  public FileHeaderBuilder partial(boolean partial) {
    this.partial = partial;
    return this;
  }

  /** Sets {@link FileHeader#origSizeKib}. */
  public FileHeaderBuilder origSizeKib(long origSizeKib) {
    this.origSizeKib = origSizeKib;
    return this;
  }

  /** Sets {@link FileHeader#nativeCrc}. */
  public FileHeaderBuilder nativeCrc(Crc nativeCrc) {
    this.nativeCrc = nativeCrc;
    return this;
  }

  /** Sets {@link FileHeader#clientCrc}. */
  public FileHeaderBuilder clientCrc(Crc clientCrc) {
    this.clientCrc = clientCrc;
    return this;
  }

  /** Sets {@link FileHeader#serverCrc}. */
  public FileHeaderBuilder serverCrc(Crc serverCrc) {
    this.serverCrc = serverCrc;
    return this;
  }

  /** Sets {@link FileHeader#dle}. */
  public FileHeaderBuilder dle(String dle) {
    this.dle = dle;
    return this;
  }

  /** Sets {@link FileHeader#blocksizeBytes}. */
  public FileHeaderBuilder blocksizeBytes(int blocksizeBytes) {
    this.blocksizeBytes = blocksizeBytes;
    return this;
  }

  /** Sets {@link FileHeader#decryptCmd}. */
  public FileHeaderBuilder decryptCmd(String decryptCmd) {
    this.decryptCmd = decryptCmd;
    return this;
  }

  /** Sets {@link FileHeader#uncompressCmd}. */
  public FileHeaderBuilder uncompressCmd(String uncompressCmd) {
    this.uncompressCmd = uncompressCmd;
    return this;
  }

  /** Sets {@link FileHeader#recoverCmd}. */
  public FileHeaderBuilder recoverCmd(String recoverCmd) {
    this.recoverCmd = recoverCmd;
    return this;
  }

  /** The header; fails with NullPointerException when a field was set to null. */
  public FileHeader build() {
    return new FileHeader(
        type,
        datestamp,
        name,
        disk,
        partNumber,
        totalParts,
        level,
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
        partial,
        origSizeKib,
        nativeCrc,
        clientCrc,
        serverCrc,
        dle,
        blocksizeBytes,
        decryptCmd,
        uncompressCmd,
        recoverCmd);
  }
}
