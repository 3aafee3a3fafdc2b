package org.jamanda.storage.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderCodecTest {
  static final Charset UTF8 = StandardCharsets.UTF_8;

  @ParameterizedTest
  @ValueSource(strings = {Samples.LABEL_LAB3, Samples.LABEL_LAB4, Samples.AMGTAR_DUMP})
  void reformatsAmandaHeaderBlocksByteForByte(String sample) throws Exception {
    byte[] block = Samples.bytes(sample);

    byte[] again = HeaderCodec.format(HeaderCodec.parse(block));

    assertThat(again).hasSize(HeaderCodec.BLOCK_BYTES).isEqualTo(block);
  }

  @Test
  void reformatsTheHeaderBlockOfAWholeDumpFile() throws Exception {
    byte[] file = Samples.bytes(Samples.GNUTAR_DUMP);
    byte[] block = Arrays.copyOf(file, HeaderCodec.BLOCK_BYTES);

    byte[] again = HeaderCodec.format(HeaderCodec.parse(block));

    assertThat(again).isEqualTo(block);
    assertThat(file).hasSize(HeaderCodec.BLOCK_BYTES + 10240);
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.AMIDXTAPED_HEADER, Samples.INDEX_HEADER})
  void reformatsUnpaddedHeaderTextByteForByte(String sample) throws Exception {
    byte[] text = Samples.bytes(sample);

    byte[] again = HeaderCodec.formatText(HeaderCodec.parse(text));

    assertThat(again).isEqualTo(text);
  }

  @Test
  void readsTheLabelBlock() throws Exception {
    FileHeader label = HeaderCodec.parse(Samples.bytes(Samples.LABEL_LAB3));

    assertThat(label).isEqualTo(FileHeader.tapestart("20261203162552", "Lab-3"));
    assertThat(label.label()).isEqualTo("Lab-3");
  }

  @Test
  void writesTheLabelOfAVolumeNeverUsedWithDateX() throws Exception {
    byte[] block = HeaderCodec.format(FileHeader.tapestart("X", "Lab-4"));

    assertThat(new String(block, 0, 40, UTF8))
        .isEqualTo("AMANDA: TAPESTART DATE X TAPE Lab-4\n\f\n\0\0");
    assertThat(HeaderCodec.parse(block).datestamp()).isEqualTo("X");
  }

  @Test
  void readsEveryFieldOfAnAmgtarDumpHeader() throws Exception {
    FileHeader h = HeaderCodec.parse(Samples.bytes(Samples.AMGTAR_DUMP));

    assertThat(h.type()).isEqualTo(FileType.SPLIT_FILE);
    assertThat(h.datestamp()).isEqualTo("20261203162552");
    assertThat(h.host()).isEqualTo("amlab-bsd");
    assertThat(h.disk()).isEqualTo("/srv/amanda-lab/data/bsd");
    assertThat(h.partNumber()).isEqualTo(1);
    assertThat(h.totalParts()).isEqualTo(-1);
    assertThat(h.level()).isZero();
    assertThat(h.isCompressed()).isFalse();
    assertThat(h.program()).isEqualTo("APPLICATION");
    assertThat(h.application()).isEqualTo("amgtar");
    assertThat(h.origSizeKib()).isEqualTo(1030);
    assertThat(h.nativeCrc()).isEqualTo(new Crc(0x3483d724L, 1054720));
    assertThat(h.clientCrc()).isEqualTo(h.nativeCrc());
    assertThat(h.serverCrc()).isEqualTo(h.nativeCrc());
    assertThat(h.dle()).startsWith("<dle>\n  <program>APPLICATION</program>").endsWith("</dle>");
    assertThat(h.blocksizeBytes()).isEqualTo(32768);
    assertThat(h.recoverCmd())
        .isEqualTo("/usr/lib/amanda/application/amgtar restore [./file-to-restore]+");
    assertThat(h.uncompressCmd()).isEmpty();
  }

  @Test
  void amidxtapedHeaderWithoutBlocksizeIsTheIndexCopy() throws Exception {
    FileHeader sent = HeaderCodec.parse(Samples.bytes(Samples.AMIDXTAPED_HEADER));

    byte[] indexCopy = HeaderCodec.formatText(sent.toBuilder().blocksizeBytes(0).build());

    assertThat(sent.type()).isEqualTo(FileType.FILE);
    assertThat(sent.partNumber()).isEqualTo(1);
    assertThat(indexCopy).isEqualTo(Samples.bytes(Samples.INDEX_HEADER));
  }

  @Test
  void splitFileBecomesTheFileHeaderAmidxtapedSends() throws Exception {
    FileHeader onTape = HeaderCodec.parse(Samples.bytes(Samples.AMGTAR_DUMP));

    String sent = text(onTape.toBuilder().type(FileType.FILE).build());

    assertThat(sent)
        .startsWith(
            "AMANDA: FILE 20261203162552 amlab-bsd /srv/amanda-lab/data/bsd  lev 0 comp N"
                + " program APPLICATION\n");
  }

  @Test
  void writesTapeendAndNoopBlocks() throws Exception {
    assertThat(text(FileHeader.tapeend("20261203162552")))
        .isEqualTo("AMANDA: TAPEEND DATE 20261203162552\n\f\n");
    assertThat(text(FileHeader.noop())).isEqualTo("AMANDA: NOOP\n\f\n");
    assertThat(HeaderCodec.parse(HeaderCodec.format(FileHeader.noop())))
        .isEqualTo(FileHeader.noop());
  }

  @Test
  void quotesADiskWithASpaceAndReadsItBack() throws Exception {
    FileHeader h = dump().disk("/srv/my data").build();

    String text = text(h);

    assertThat(text).startsWith("AMANDA: FILE 20261203162552 db1 \"/srv/my data\"  lev 1 ");
    assertThat(HeaderCodec.parse(HeaderCodec.format(h))).isEqualTo(h);
  }

  @Test
  void roundTripsCompressionEncryptionAndAThreeStageRestoreHint() throws Exception {
    FileHeader h =
        dump()
            .compSuffix(".gz")
            .encryptSuffix("enc")
            .serverCustomCompress("/usr/bin/zstd")
            .clientEncrypt("/usr/sbin/amcrypt")
            .clientDecryptOption("-d")
            .contFilename("/holding/x.1")
            .partial(true)
            .decryptCmd("/usr/sbin/amcrypt -d |")
            .uncompressCmd("/bin/gzip -dc |")
            .recoverCmd("/bin/tar -xpGf - ...")
            .build();

    String text = text(h);

    assertThat(text)
        .contains(
            " comp .gz program /bin/tar crypt enc server_custom_compress /usr/bin/zstd"
                + " client_encrypt /usr/sbin/amcrypt client_decrypt_option -d\n")
        .contains("CONT_FILENAME=/holding/x.1\nPARTIAL=YES\n")
        .contains("skip=1 | /usr/sbin/amcrypt -d | /bin/gzip -dc | /bin/tar -xpGf - ... \n");
    assertThat(HeaderCodec.parse(HeaderCodec.format(h))).isEqualTo(h);
  }

  @Test
  void picksAnotherHeredocDelimiterWhenTheDleHoldsEnddle() throws Exception {
    FileHeader h = dump().dle("<dle>\nENDDLE\n</dle>").build();

    assertThat(text(h)).contains("DLE=<<ENDDLE1\n<dle>\nENDDLE\n</dle>\nENDDLE1\n");
    assertThat(HeaderCodec.parse(HeaderCodec.format(h))).isEqualTo(h);
  }

  @Test
  void leavesOutADleTooBigForTheBlockAsAmandaDoes() {
    FileHeader h = dump().dle("x".repeat(HeaderCodec.BLOCK_BYTES - 2048)).build();

    assertThat(text(h)).doesNotContain("DLE=");
  }

  @Test
  void readsPreTwoTwoCompressionLetterAsDotZ() throws Exception {
    byte[] old = "AMANDA: FILE 19990101 h /d  lev 0 comp C program DUMP\n\f\n".getBytes(UTF8);

    assertThat(HeaderCodec.parse(old).compSuffix()).isEqualTo(".Z");
  }

  static FileHeaderBuilder dump() {
    return FileHeader.builder(FileType.FILE)
        .datestamp("20261203162552")
        .name("db1")
        .disk("/var")
        .partNumber(1)
        .totalParts(1)
        .level(1)
        .program("/bin/tar")
        .recoverCmd("/bin/tar -xpGf - ...");
  }

  static String text(FileHeader h) {
    return new String(HeaderCodec.formatText(h), UTF8);
  }
}
