package org.jamanda.config.hosts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import org.jamanda.config.hosts.AmandaHostsException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amanda's file rules on real files: open, owner, mode, symlinks, size. */
class AmandaHostsFileTest {
  private static final String LINE = "srv backup amdump\n";

  @TempDir Path dir;
  private Path file;
  private LocalUser me;

  @BeforeEach
  void setUp() throws IOException {
    file = dir.resolve(".amandahosts");
    me = LocalUser.current();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "r--------", "rwx------", "---------"})
  void readsFileOnlyItsOwnerCanAccess(String mode) throws Exception {
    assumeThat(mode.equals("---------") && me.uid() != 0).as("only root reads mode 000").isFalse();
    write(file, LINE, mode);

    AmandaHosts hosts = AmandaHosts.read(file, me);

    assertThat(hosts.entries()).hasSize(1);
    assertThat(hosts.source()).isEqualTo(file.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"rw-r--r--", "rw-r-----", "rw----r--", "rw---x---", "rw------x", "rw--w----"})
  void refusesFileThatGroupOrOthersCanAccess(String mode) throws IOException {
    write(file, LINE, mode);

    AmandaHostsException e = readFailure(file, me);

    assertThat(e.reason()).isEqualTo(Reason.OPEN_PERMISSIONS);
    assertThat(e)
        .hasMessage(
            file
                + ": incorrect permissions; file must be accessible only by its owner"
                + " (chmod 600 "
                + file
                + ")");
  }

  @Test
  void refusesFileOfAnotherUid() throws IOException {
    write(file, LINE, "rw-------");
    LocalUser other = new LocalUser("backup", me.uid() + 1);

    AmandaHostsException e = readFailure(file, other);

    assertThat(e.reason()).isEqualTo(Reason.WRONG_OWNER);
    assertThat(e).hasMessage(file + ": owned by id " + me.uid() + ", should be " + (me.uid() + 1));
  }

  @Test
  void refusesFileChownedToNobody() throws IOException {
    assumeThat(me.uid()).as("chown needs root").isZero();
    write(file, LINE, "rw-------");
    Files.setAttribute(file, "unix:uid", 65534);

    AmandaHostsException e = readFailure(file, me);

    assertThat(e).hasMessage(file + ": owned by id 65534, should be 0");
  }

  @Test
  void checksOwnerBeforeMode() throws IOException {
    write(file, LINE, "rw-r--r--");

    AmandaHostsException e = readFailure(file, new LocalUser("backup", me.uid() + 1));

    assertThat(e.reason()).isEqualTo(Reason.WRONG_OWNER);
  }

  @Test
  void refusesMissingFile() {
    AmandaHostsException e = readFailure(file, me);

    assertThat(e.reason()).isEqualTo(Reason.CANNOT_OPEN);
    assertThat(e).hasMessage("cannot open " + file + ": No such file or directory");
  }

  // Root reads any file, so only another user meets the refusal; root's read must succeed.
  @Test
  void refusesUnreadableFileUnlessRunningAsRoot() throws IOException, AmandaHostsException {
    write(file, LINE, "---------");

    if (me.uid() == 0) {
      assertThat(AmandaHosts.read(file, me).entries()).hasSize(1);
    } else {
      assertThat(readFailure(file, me)).hasMessage("cannot open " + file + ": Permission denied");
    }
  }

  @Test
  void refusesPathThroughRegularFile() throws IOException {
    write(file, LINE, "rw-------");
    Path below = file.resolve("x");

    assertThat(readFailure(below, me)).hasMessage("cannot open " + below + ": Not a directory");
  }

  @Test
  void followsSymlinkToPrivateFile() throws Exception {
    Path target = dir.resolve("amandahosts");
    write(target, LINE, "rw-------");
    Files.createSymbolicLink(file, target);

    assertThat(AmandaHosts.read(file, me).entries()).hasSize(1);
  }

  @Test
  void judgesSymlinkByItsTargetsMode() throws IOException {
    Path target = dir.resolve("amandahosts");
    write(target, LINE, "rw-r--r--");
    Files.createSymbolicLink(file, target);

    AmandaHostsException e = readFailure(file, me);

    assertThat(e.reason()).isEqualTo(Reason.OPEN_PERMISSIONS);
    assertThat(e.getMessage()).startsWith(file + ": incorrect permissions;");
  }

  @Test
  void judgesSymlinkByItsTargetsOwner() throws IOException {
    assumeThat(me.uid()).as("chown needs root").isZero();
    Path target = dir.resolve("amandahosts");
    write(target, LINE, "rw-------");
    Files.setAttribute(target, "unix:uid", 65534);
    Files.createSymbolicLink(file, target);

    assertThat(readFailure(file, me)).hasMessage(file + ": owned by id 65534, should be 0");
  }

  @Test
  void refusesDanglingSymlink() throws IOException {
    Files.createSymbolicLink(file, dir.resolve("gone"));

    assertThat(readFailure(file, me))
        .hasMessage("cannot open " + file + ": No such file or directory");
  }

  @Test
  void refusesSymlinkLoop() throws IOException {
    Path other = dir.resolve("other");
    Files.createSymbolicLink(file, other);
    Files.createSymbolicLink(other, file);

    assertThat(readFailure(file, me))
        .hasMessage("cannot open " + file + ": Too many levels of symbolic links");
  }

  @Test
  void readsPrivateDirectoryAsEmptyFileLikeAmanda() throws Exception {
    Files.createDirectory(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));

    assertThat(AmandaHosts.read(file, me).entries()).isEmpty();
  }

  @Test
  void refusesFileOverSizeLimit() throws IOException {
    byte[] big = new byte[AmandaHosts.MAX_FILE_BYTES + 1];
    Arrays.fill(big, (byte) '#');
    Files.write(file, big);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    AmandaHostsException e = readFailure(file, me);

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e).hasMessage(file + ": too large: 4194305 bytes, limit 4194304");
  }

  @Test
  void readsFileExactlyAtSizeLimit() throws Exception {
    String line = "# " + "x".repeat(61) + "\n";
    String text = line.repeat(AmandaHosts.MAX_FILE_BYTES / line.length());
    write(file, text, "rw-------");

    assertThat(Files.size(file)).isEqualTo(AmandaHosts.MAX_FILE_BYTES);
    assertThat(AmandaHosts.read(file, me).entries()).isEmpty();
  }

  @Test
  void refusesFileSystemWithoutPosixOwner() throws IOException {
    Path zip = dir.resolve("hosts.zip");
    URI uri = URI.create("jar:" + zip.toUri());
    try (FileSystem zipfs = FileSystems.newFileSystem(uri, Map.of("create", "true"))) {
      Path inside = zipfs.getPath("/.amandahosts");
      Files.writeString(inside, LINE);

      AmandaHostsException e = readFailure(inside, me);

      assertThat(e.reason()).isEqualTo(Reason.CANNOT_STAT);
      assertThat(e)
          .hasMessage("cannot fstat /.amandahosts: file system has no POSIX owner and mode");
    }
  }

  @Test
  void translatesJavaFileErrorsToCLibraryTexts() {
    assertThat(AmandaHostsFile.strerror(new NoSuchFileException("f")))
        .isEqualTo("No such file or directory");
    assertThat(AmandaHostsFile.strerror(new AccessDeniedException("f")))
        .isEqualTo("Permission denied");
    assertThat(
            AmandaHostsFile.strerror(
                new FileSystemException(
                    "f",
                    null,
                    "Too many levels of symbolic links or unable to access attributes of"
                        + " symbolic link")))
        .isEqualTo("Too many levels of symbolic links");
    assertThat(AmandaHostsFile.strerror(new FileSystemException("f", null, "Input/output error")))
        .isEqualTo("Input/output error");
    assertThat(AmandaHostsFile.strerror(new IOException("Is a directory")))
        .isEqualTo("Is a directory");
  }

  private static void write(Path path, String text, String mode) throws IOException {
    Files.writeString(path, text, UTF_8);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
  }

  private static AmandaHostsException readFailure(Path path, LocalUser user) {
    return catchThrowableOfType(AmandaHostsException.class, () -> AmandaHosts.read(path, user));
  }
}
