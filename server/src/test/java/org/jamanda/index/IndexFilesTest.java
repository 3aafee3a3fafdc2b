package org.jamanda.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexFilesTest {
  private static final String HOST = "localhost";
  private static final String DISK = "/srv/amanda-lab/data/tcp";
  private static final String TS = "20261203162552";

  @TempDir Path dir;

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = IndexFilesTest.class.getResourceAsStream("/catalog/index/" + name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  @Test
  void namesFollowAmindexLayout() {
    IndexFiles files = new IndexFiles(dir);

    Path dle = dir.resolve("localhost/_srv_amanda-lab_data_tcp");
    assertThat(files.unsortedGz(HOST, DISK, TS, 0)).isEqualTo(dle.resolve(TS + "_0-unsorted.gz"));
    assertThat(files.header(HOST, DISK, TS, 0)).isEqualTo(dle.resolve(TS + "_0.header"));
    assertThat(files.stateGz(HOST, DISK, TS, 0)).isEqualTo(dle.resolve(TS + "_0.state.gz"));
  }

  @Test
  void datestampKeepsOnlyItsFirstFourteenDigits() {
    IndexFiles files = new IndexFiles(dir);

    Path path = files.unsorted(HOST, "/d", "2026-12-03 16:25:52.999", 1);

    assertThat(path.getFileName()).hasToString("20261203162552_1-unsorted");
  }

  /** Gzip headers carry a time and the compressor's settings, so the decompressed bytes compare. */
  @Test
  void storedIndexDecompressesToTheSampleStreamExactly() throws IOException {
    byte[] stream = gunzip(sample(TS + "_0-unsorted.gz"));
    IndexFiles files = new IndexFiles(dir);

    Path stored = files.writeIndex(HOST, DISK, TS, 0, new ByteArrayInputStream(stream));

    assertThat(stored).isEqualTo(files.unsortedGz(HOST, DISK, TS, 0));
    assertThat(gunzip(Files.readAllBytes(stored))).isEqualTo(stream);
    assertThat(stored.resolveSibling(stored.getFileName() + ".tmp")).doesNotExist();
  }

  @Test
  void storedStateDecompressesToTheSampleStreamExactly() throws IOException {
    byte[] stream = gunzip(sample(TS + "_0.state.gz"));
    IndexFiles files = new IndexFiles(dir);

    Path stored = files.writeState(HOST, DISK, TS, 0, new ByteArrayInputStream(stream));

    assertThat(stored.getFileName()).hasToString(TS + "_0.state.gz");
    assertThat(gunzip(Files.readAllBytes(stored))).isEqualTo(stream);
  }

  @Test
  void readsSampleIndexSortedInByteOrder() throws IOException {
    IndexFiles files = new IndexFiles(dir);
    Path gz = files.unsortedGz(HOST, DISK, TS, 0);
    Files.createDirectories(gz.getParent());
    Files.write(gz, sample(TS + "_0-unsorted.gz"));

    List<String> paths = files.readPaths(HOST, DISK, TS, 0);

    assertThat(paths)
        .containsExactly(
            "/",
            "/README",
            "/big.bin",
            "/file with space.txt",
            "/hello.txt",
            "/sub/",
            "/sub/nested.txt");
  }

  @Test
  void lookupOrderIsAmindexdOrder() {
    IndexFiles files = new IndexFiles(dir);

    List<Path> order = files.lookupOrder("Db_1", "/var", TS, 2);

    assertThat(order)
        .containsExactly(
            dir.resolve("Db_1/_var/" + TS + "_2-sorted"),
            dir.resolve("Db_1/_var/" + TS + "_2-sorted.gz"),
            dir.resolve("Db_1/_var/" + TS + "_2-unsorted"),
            dir.resolve("Db_1/_var/" + TS + "_2-unsorted.gz"),
            dir.resolve("Db_1/_var/" + TS + "_2.gz"),
            dir.resolve("db_1/_var/" + TS + "_2.gz"),
            dir.resolve("Db__1/_var/" + TS + "_2.gz"),
            dir.resolve("db__1/_var/" + TS + "_2.gz"));
  }

  @ParameterizedTest
  @CsvSource({"-sorted, false", "-unsorted, false", "-sorted.gz, true", "-unsorted.gz, true"})
  void prefersEarlierNameInLookupOrder(String suffix, boolean gzipped) throws IOException {
    IndexFiles files = new IndexFiles(dir);
    Path dle = files.dleDir(HOST, DISK);
    Files.createDirectories(dle);
    write(dle.resolve(TS + "_0" + suffix), "/b\n/a\n", gzipped);
    write(dle.resolve(TS + "_0.gz"), "/old\n", true);

    assertThat(files.find(HOST, DISK, TS, 0)).contains(dle.resolve(TS + "_0" + suffix));
    assertThat(files.readPaths(HOST, DISK, TS, 0)).containsExactly("/a", "/b");
  }

  @Test
  void findsPreTwoFourNameUnderOldSanitising() throws IOException {
    IndexFiles files = new IndexFiles(dir);
    Path old = dir.resolve("my__host/_srv_x/" + TS + "_0.gz");
    Files.createDirectories(old.getParent());
    write(old, "/x\n", true);

    assertThat(files.readPaths("my_host", "/srv/x", TS, 0)).containsExactly("/x");
  }

  @Test
  void missingIndexNamesTheDump() {
    IndexFiles files = new IndexFiles(dir);

    assertThatThrownBy(() -> files.readPaths(HOST, DISK, TS, 0))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(
            "index file not found for host 'localhost' disk '/srv/amanda-lab/data/tcp'"
                + " level '0' date '20261203162552'");
  }

  @Test
  void overlongLineIsRejectedWithSizeAndLimit() throws IOException {
    Path file = dir.resolve("x-unsorted");
    Files.writeString(file, "/ok\n/" + "a".repeat(5000) + "\n");

    assertThatThrownBy(() -> IndexFiles.readLines(file))
        .isInstanceOf(IndexLineTooLongException.class)
        .hasMessage(file + ":2:1: index line too long: 5001 characters, limit 4096");
  }

  private static void write(Path file, String text, boolean gzipped) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (gzipped) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(bytes);
      }
    } else {
      Files.write(file, bytes);
    }
  }
}
