package org.jamanda.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GnuTarBackupTest {
  static final Path TAR = Path.of("/usr/bin/tar");
  static final Duration TIMEOUT = Duration.ofSeconds(8);

  @TempDir Path temp;

  private GnuTarBackup backup() {
    return new GnuTarBackup(TAR, temp.resolve("gnutar-lists"), TIMEOUT);
  }

  private byte[] dump(Path dir, int level) throws IOException {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    DumpResult result = backup().dump(DumpRequest.of("client", "/srv/data", dir, level), data);
    assertThat(result.streamedBytes()).isEqualTo(data.size());
    return data.toByteArray();
  }

  private Path restore(String name, byte[]... archives) throws IOException {
    Path target = Files.createDirectories(temp.resolve(name));
    GnuTarRestore restore = new GnuTarRestore(TAR, TIMEOUT);
    for (byte[] archive : archives) {
      restore.extract(new ByteArrayInputStream(archive), target);
    }
    return target;
  }

  @Test
  void levelZeroThenLevelOneRestoreTheTreeAsItWasAtEachDump() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    Files.createSymbolicLink(dir.resolve("link"), Path.of("hello.txt"));
    byte[] full = dump(dir, 0);
    Map<String, String> atFull = TreeState.capture(dir);

    LabTree.write(dir.resolve("hello.txt"), "hello again, longer now\n");
    LabTree.write(dir.resolve("added.txt"), "new file\n");
    Files.delete(dir.resolve("sub/nested.txt"));
    Files.createDirectories(dir.resolve("newdir"));
    LabTree.write(dir.resolve("newdir/inner.txt"), "inner\n");
    Files.delete(dir.resolve("link"));
    Files.createSymbolicLink(dir.resolve("link"), Path.of("README"));
    byte[] incremental = dump(dir, 1);
    Map<String, String> atIncremental = TreeState.capture(dir);

    assertThat(TreeState.capture(restore("r0", full))).isEqualTo(atFull);
    assertThat(TreeState.capture(restore("r1", full, incremental))).isEqualTo(atIncremental);
    assertThat(incremental.length).isLessThan(full.length / 10);
  }

  @Test
  void indexAndStateListTheLabTreeAsAmandasStreamsDid() throws IOException {
    Path dir = LabTree.create(temp.resolve("tcp"));
    DumpResult result =
        backup()
            .dump(
                DumpRequest.of("localhost", "/srv/data", dir, 0), OutputStream.nullOutputStream());

    assertThat(result.index()).isEqualTo(sample("index-lab-tcp-level0.txt"));
    assertThat(result.state()).isEqualTo(sample("state-lab-tcp-level0.txt"));
    assertThat(result.messages()).anyMatch(line -> line.startsWith("Total bytes written: "));
    assertThat(result.totalBytes()).isEqualTo(result.streamedBytes());
    assertThat(result.sizeKiB()).isEqualTo((result.totalBytes() + 1023) / 1024);
  }

  @Test
  void levelOneIndexNamesOnlyDirectoriesAndChangedFiles() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    dump(dir, 0);
    LabTree.write(dir.resolve("sub/nested.txt"), "changed\n");

    ByteArrayOutputStream data = new ByteArrayOutputStream();
    DumpResult result = backup().dump(DumpRequest.of("client", "/srv/data", dir, 1), data);

    assertThat(result.index()).containsExactly("/", "/sub/", "/sub/nested.txt");
  }

  @Test
  void excludedFilesStayOutOfTheArchive() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    DumpRequest request =
        new DumpRequest("client", "/srv/data", dir, 0, List.of("./big.bin", "*.txt"), List.of());

    DumpResult result = backup().dump(request, OutputStream.nullOutputStream());

    assertThat(result.index()).containsExactly("/", "/sub/", "/README");
  }

  @Test
  void includedPathsAloneAreArchived() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    DumpRequest request =
        new DumpRequest("client", "/srv/data", dir, 0, List.of(), List.of("./sub", "./README"));

    DumpResult result = backup().dump(request, OutputStream.nullOutputStream());

    assertThat(result.index()).containsExactly("/README", "/sub/", "/sub/nested.txt");
  }

  @Test
  void anIncludeGlobFailsLoudlyAndLeavesNoSnapshot() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    DumpRequest request =
        new DumpRequest("client", "/srv/data", dir, 0, List.of(), List.of("./*.txt"));

    assertThatThrownBy(() -> backup().dump(request, OutputStream.nullOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("include globs are not supported yet, only literal paths: \"./*.txt\"");
    try (var files = Files.list(temp.resolve("gnutar-lists"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void snapshotsAreNamedAfterHostAndSanitisedDisk() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    backup()
        .dump(
            DumpRequest.of("localhost", "/srv/amanda-lab/data/tcp", dir, 0),
            OutputStream.nullOutputStream());

    Path snapshot = temp.resolve("gnutar-lists/localhost_srv_amanda-lab_data_tcp_0");
    assertThat(snapshot).exists();
    assertThat(Files.readString(snapshot, StandardCharsets.ISO_8859_1))
        .startsWith("GNU tar-1.34-2\n");
    try (var files = Files.list(temp.resolve("gnutar-lists"))) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void aFailedLevelOneWithoutTarLeavesTheLevelZeroSnapshotUntouched() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    dump(dir, 0);
    Path lists = temp.resolve("gnutar-lists");
    byte[] before = Files.readAllBytes(lists.resolve("client_srv_data_0"));
    GnuTarBackup noTar = new GnuTarBackup(temp.resolve("no/such/tar"), lists, TIMEOUT);

    assertThatThrownBy(
            () ->
                noTar.dump(
                    DumpRequest.of("client", "/srv/data", dir, 1), OutputStream.nullOutputStream()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot run " + temp.resolve("no/such/tar"));

    assertThat(Files.readAllBytes(lists.resolve("client_srv_data_0"))).isEqualTo(before);
    try (var files = Files.list(lists)) {
      assertThat(files).containsExactly(lists.resolve("client_srv_data_0"));
    }
  }

  @Test
  void aFailedLevelOneOfAMissingDirectoryLeavesTheLevelZeroSnapshotUntouched() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    dump(dir, 0);
    Path lists = temp.resolve("gnutar-lists");
    byte[] before = Files.readAllBytes(lists.resolve("client_srv_data_0"));
    Path gone = temp.resolve("gone");

    assertThatThrownBy(
            () ->
                backup()
                    .dump(
                        DumpRequest.of("client", "/srv/data", gone, 1),
                        OutputStream.nullOutputStream()))
        .isInstanceOfSatisfying(
            TarFailedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(2);
              assertThat(e.getMessage()).contains(gone.toString());
            });

    assertThat(Files.readAllBytes(lists.resolve("client_srv_data_0"))).isEqualTo(before);
    assertThat(lists.resolve("client_srv_data_1")).doesNotExist();
    assertThat(lists.resolve("client_srv_data_1.new")).doesNotExist();
  }

  @Test
  void aTarThatHangsIsKilledAfterTheTimeoutAndLeavesNoSnapshot() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    Path hanging = temp.resolve("hanging-tar");
    Files.writeString(hanging, "#!/bin/sh\nexec sleep 30\n", StandardCharsets.US_ASCII);
    assertThat(hanging.toFile().setExecutable(true)).isTrue();
    Path lists = temp.resolve("gnutar-lists");
    GnuTarBackup slow = new GnuTarBackup(hanging, lists, Duration.ofMillis(300));

    assertThatThrownBy(
            () ->
                slow.dump(
                    DumpRequest.of("client", "/srv/data", dir, 0), OutputStream.nullOutputStream()))
        .isInstanceOf(IOException.class)
        .hasMessage(hanging + " ran longer than PT0.3S and was killed");
    try (var files = Files.list(lists)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFailingDataStreamFailsTheDumpAndKeepsTheOldSnapshot() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    dump(dir, 0);
    Path level0 = temp.resolve("gnutar-lists/client_srv_data_0");
    byte[] before = Files.readAllBytes(level0);
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("connection reset by the dumper");
          }
        };

    assertThatThrownBy(() -> backup().dump(DumpRequest.of("client", "/srv/data", dir, 0), broken))
        .isInstanceOf(IOException.class)
        .hasMessage("copying the output of /usr/bin/tar: connection reset by the dumper");
    assertThat(Files.readAllBytes(level0)).isEqualTo(before);
    assertThat(temp.resolve("gnutar-lists/client_srv_data_0.new")).doesNotExist();
  }

  @Test
  void aLevelWithoutItsBaseStartsFromTheNewestLowerSnapshot() throws IOException {
    Path dir = LabTree.create(temp.resolve("data"));
    dump(dir, 0);
    LabTree.write(dir.resolve("hello.txt"), "changed\n");

    ByteArrayOutputStream data = new ByteArrayOutputStream();
    DumpResult level3 = backup().dump(DumpRequest.of("client", "/srv/data", dir, 3), data);

    assertThat(level3.index()).containsExactly("/", "/sub/", "/hello.txt");
    assertThat(temp.resolve("gnutar-lists/client_srv_data_3")).exists();
  }

  private static List<String> sample(String name) throws IOException {
    try (InputStream in = GnuTarBackupTest.class.getResourceAsStream("/application/" + name)) {
      String text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
      return List.of(text.split("\n"));
    }
  }
}
