package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GnuTarTest {
  @TempDir Path temp;

  @Test
  void readsTheFirstLineOfThisMachinesGnuTar() throws Exception {
    Path tar = SelfcheckFixture.tar();

    String line = GnuTar.versionLine(tar, Duration.ofSeconds(5));

    assertThat(GnuTar.isGnu(line)).isTrue();
    assertThat(GnuTar.versionNumber(line)).isEqualTo(SelfcheckFixture.tarVersion(tar));
  }

  @Test
  void takesTheVersionFromTheFirstDigitAsAmgtarDoes() {
    assertThat(GnuTar.versionNumber("tar (GNU tar) 1.34")).isEqualTo("1.34");
    assertThat(GnuTar.versionNumber("bsdtar 3.6.2 - libarchive 3.6.2"))
        .isEqualTo("3.6.2 - libarchive 3.6.2");
    assertThat(GnuTar.versionNumber("no digits")).isEmpty();
    assertThat(GnuTar.isGnu("bsdtar 3.6.2 - libarchive 3.6.2")).isFalse();
  }

  @Test
  void findsTheFirstTarOnTheSearchPathUnlessOneIsGiven() throws Exception {
    SelfcheckFixture host = new SelfcheckFixture(temp);
    Path first = host.dir("first");
    Path second = host.dir("second");
    Path tar = host.script("second/tar", "echo 'tar (GNU tar) 9.9'");
    Path given = temp.resolve("elsewhere/tar");

    assertThat(GnuTar.locate(Optional.empty(), List.of(first, second))).contains(tar);
    assertThat(GnuTar.locate(Optional.of(given), List.of(second))).contains(given);
    assertThat(GnuTar.locate(Optional.empty(), List.of(first))).isEmpty();
  }

  @Test
  void givesUpOnATarThatHangs() throws Exception {
    Path slow = new SelfcheckFixture(temp).script("slow-tar", "exec sleep 30");

    assertThatThrownBy(() -> GnuTar.versionLine(slow, Duration.ofMillis(300)))
        .isInstanceOf(IOException.class)
        .hasMessage(slow + " --version took longer than 300 ms");
  }

  @Test
  void failsOnATarThatExitsWithAnError() throws Exception {
    Path broken = new SelfcheckFixture(temp).script("broken-tar", "echo oops; exit 3");

    assertThatThrownBy(() -> GnuTar.versionLine(broken, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class)
        .hasMessage(broken + " --version exited with status 3");
  }

  @Test
  void failsOnATarThatPrintsNothing() throws Exception {
    Path quiet = new SelfcheckFixture(temp).script("quiet-tar", "exit 0");

    assertThatThrownBy(() -> GnuTar.versionLine(quiet, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class)
        .hasMessage(quiet + " --version printed nothing");
  }
}
