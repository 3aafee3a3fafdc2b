package org.jamanda.storage.header;

/**
 * Reads the restore hint's command line, {@code \tdd if=<tape> bs=32k skip=1 | <stages>}, into the
 * block size and the decrypt, uncompress and recover stages. Stateless.
 *
 * <p>As in {@code parse_file_header}: one stage is the recover command; two are uncompress and
 * recover; three are decrypt, uncompress and recover. The first two keep their trailing {@code |}.
 */
final class RestoreHint {
  private RestoreHint() {}

  static void read(String line, FileHeaderBuilder builder) throws MalformedHeaderException {
    int pipe = line.indexOf('|');
    if (pipe < 0) {
      throw new MalformedHeaderException("restore hint", "no '|' after the dd command", line);
    }
    builder.blocksizeBytes(blocksize(line.substring(HeaderWriter.DD_PREFIX.length(), pipe), line));

    String[] stages = line.substring(pipe + 1).split("\\|", -1);
    if (stages.length > 3) {
      throw new MalformedHeaderException("restore hint", "more than three commands after dd", line);
    }
    int last = stages.length - 1;
    builder.recoverCmd(stages[last].strip());
    if (last >= 1) {
      builder.uncompressCmd(stages[last - 1].strip() + " |");
    }
    if (last == 2) {
      builder.decryptCmd(stages[0].strip() + " |");
    }
  }

  /** The bytes named by {@code bs=<n>k skip=1 }, or 0 for {@code skip=1 } alone. */
  private static int blocksize(String ddArguments, String line) throws MalformedHeaderException {
    String arguments = ddArguments.strip();
    if (arguments.equals("skip=1")) {
      return 0;
    }
    if (!arguments.startsWith("bs=") || !arguments.endsWith("k skip=1")) {
      throw new MalformedHeaderException(
          "restore hint",
          "expected 'bs=<n>k skip=1' or 'skip=1', got " + HeaderReader.quote(arguments),
          line);
    }
    String kib = arguments.substring("bs=".length(), arguments.length() - "k skip=1".length());
    long value = HeaderReader.number("restore hint bs", kib, line);
    if (value > Integer.MAX_VALUE / 1024) {
      throw new MalformedHeaderException("restore hint bs", "too large " + value + "k", line);
    }
    return (int) value * 1024;
  }
}
