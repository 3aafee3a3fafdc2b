package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.testing.Prerequisites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldingDiskCheckTest {
  private static final long PETABYTE_KIB = 1L << 40;

  @TempDir Path tmp;

  private final HoldingDiskCheck check = new HoldingDiskCheck("K");

  @Test
  void notesTheSpaceOfADiskWithEnoughFreeSpace() {
    Findings found = check.check(new HoldingDisk("hd1", tmp, 1024));

    assertThat(found.problems()).isZero();
    assertThat(lines(found))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .matches(
            "NOTE: Holding disk '"
                + tmp
                + "': [0-9]+ KB disk space available, using 1024 KB as requested");
  }

  @Test
  void usesAllButTheReserveOfANegativeUse() {
    Findings found = check.check(new HoldingDisk("hd1", tmp, -1024));

    assertThat(found.problems()).isZero();
    assertThat(lines(found).get(0))
        .matches(
            "NOTE: Holding disk '" + tmp + "': ([0-9]+) KB disk space available, using [0-9]+ KB");
  }

  @Test
  void warnsWhenLessIsFreeThanUseAsks() {
    Findings found = check.check(new HoldingDisk("hd1", tmp, PETABYTE_KIB));

    assertThat(found.problems()).isEqualTo(1);
    assertThat(lines(found).get(0))
        .matches(
            "WARNING: holding disk '"
                + tmp
                + "': only [0-9]+ KB available \\("
                + PETABYTE_KIB
                + " KB requested\\)");
  }

  @Test
  void warnsTwiceWhenTheReserveIsLargerThanTheFreeSpace() {
    Findings found = check.check(new HoldingDisk("hd1", tmp, -PETABYTE_KIB));

    assertThat(found.problems()).isEqualTo(2);
    assertThat(lines(found).get(0))
        .matches("WARNING: holding disk '" + tmp + "': only [0-9]+ KB free, using nothing");
    assertThat(lines(found).get(1))
        .isEqualTo("WARNING: Not enough free space specified in amanda.conf");
  }

  @Test
  void saysADirectoryThatDoesNotExistMustBeCreated() {
    Path missing = tmp.resolve("holding");

    Findings found = check.check(new HoldingDisk("hd1", missing, 1024));

    assertThat(found.problems()).isEqualTo(1);
    assertThat(lines(found))
        .containsExactly(
            "ERROR: holding dir '" + missing + "' (No such file or directory)",
            "       you must create a directory");
  }

  @Test
  void refusesAFileWhereTheDirectoryShouldBe() throws Exception {
    Path file = Files.writeString(tmp.resolve("holding"), "x");

    Findings found = check.check(new HoldingDisk("hd1", file, 1024));

    assertThat(lines(found).get(0))
        .isEqualTo("ERROR: holding dir '" + file + "' (Not a directory)");
  }

  // Root may write anywhere, so only another user sees the check fail; for root it must pass.
  @Test
  void saysADirectoryThisProcessCannotWriteIsNotWritable() throws Exception {
    Path readOnly = Files.createDirectory(tmp.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

    Findings found = check.check(new HoldingDisk("hd1", readOnly, 1024));

    if (Prerequisites.isRoot()) {
      assertThat(lines(found)).noneMatch(line -> line.startsWith("ERROR"));
    } else {
      assertThat(lines(found))
          .containsExactly(
              "ERROR: holding disk '" + readOnly + "': not writable: Permission denied",
              "       check permissions");
    }
  }

  @Test
  void showsSizesInTheDisplayUnit() {
    assertThat(new HoldingDiskCheck("m").size(262144)).isEqualTo("256 MB");
    assertThat(new HoldingDiskCheck("G").size(3L << 20)).isEqualTo("3 GB");
    assertThat(check.size(262144)).isEqualTo("262144 KB");
  }

  static List<String> lines(Findings found) {
    List<String> lines = new ArrayList<>();
    found.messages().forEach(m -> lines.addAll(m.lines()));
    return lines;
  }
}
