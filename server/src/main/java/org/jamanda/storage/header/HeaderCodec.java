package org.jamanda.storage.header;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a {@link FileHeader} into the header block Amanda 3.5.1 writes at the start of every volume
 * file, and back. Pure and stateless, so thread-safe.
 *
 * <p>A block is the header text, ending in {@code \n\f\n}, padded with NUL bytes to {@value
 * #BLOCK_BYTES} bytes. The label block of a volume:
 *
 * <pre>
 * AMANDA: TAPESTART DATE 20261203162552 TAPE Lab-3\n\f\n\0\0\0...
 * </pre>
 *
 * and the start of a dump's block ({@code build_header} in {@code common-src/fileheader.c}):
 *
 * <pre>
 * AMANDA: SPLIT_FILE 20261203162552 localhost /srv/data  part 1/-1  lev 0 comp N program /bin/tar
 * ORIGSIZE=10
 * NATIVE-CRC=2edfda07:10240
 * DLE=&lt;&lt;ENDDLE
 * &lt;dle&gt;...&lt;/dle&gt;
 * ENDDLE
 * To restore, position tape at start of file and run:
 * \tdd if=&lt;tape&gt; bs=32k skip=1 | /bin/tar -xpGf - ...
 * </pre>
 *
 * <p>The text is UTF-8; the disk name is quoted by Amanda's rules when it needs it.
 */
public final class HeaderCodec {
  /** The size of the header block at the start of every volume file: 32 KiB. */
  public static final int BLOCK_BYTES = 32 * 1024;

  /** The end of the header text: newline, form feed, newline. */
  public static final String END_MARKER = "\n\f\n";

  private HeaderCodec() {}

  /**
   * Reads a header block, or the unpadded header text amidxtaped sends and indexes keep. Reading
   * stops at the first NUL byte.
   *
   * @throws MalformedHeaderException when the bytes are not an Amanda header, are cut before the
   *     end marker, or hold a field that cannot be read
   */
  public static FileHeader parse(byte[] block) throws MalformedHeaderException {
    return HeaderReader.read(block);
  }

  /**
   * The {@value #BLOCK_BYTES}-byte header block for {@code header}.
   *
   * @throws IllegalArgumentException when the header holds contradictory fields (see {@link
   *     #formatText}) or its text is longer than a block
   */
  public static byte[] format(FileHeader header) {
    byte[] text = formatText(header);
    if (text.length > BLOCK_BYTES) {
      throw new IllegalArgumentException(
          "header text is " + text.length + " bytes, limit " + BLOCK_BYTES);
    }
    return Arrays.copyOf(text, BLOCK_BYTES);
  }

  /**
   * The header text alone, ending in the end marker: the form amidxtaped sends before a restore and
   * the index directory keeps as {@code <datestamp>_<level>.header}.
   *
   * @throws IllegalArgumentException when the header holds both the server's and the client's
   *     variant of a program option, or an uncompress or decrypt stage without a recover command or
   *     not ending in {@code |}; Amanda refuses these too
   */
  public static byte[] formatText(FileHeader header) {
    return HeaderWriter.write(header).getBytes(StandardCharsets.UTF_8);
  }
}
