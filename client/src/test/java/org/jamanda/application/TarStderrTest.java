package org.jamanda.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TarStderrTest {
  @Test
  void blockLinesBecomeIndexEntriesAndTotalsGiveTheSize() throws IOException {
    String stderr =
        """
        tar: .: Directory is new
        tar: ./sub: Directory is new
        block 0: ./
        block 2: ./sub/
        block 4: ./file with space.txt
        tar: ./gone: Warning: Cannot stat: No such file or directory
        Total bytes written: 10240 (10KiB, 47MiB/s)
        """;
    TarStderr sorted = new TarStderr();

    sorted.readAll(new ByteArrayInputStream(stderr.getBytes(StandardCharsets.UTF_8)));

    assertThat(sorted.index()).containsExactly("/", "/sub/", "/file with space.txt");
    assertThat(sorted.state()).containsExactly("0 /", "2 /sub/", "4 /file with space.txt");
    assertThat(sorted.totalBytes()).isEqualTo(10240);
    assertThat(sorted.messages())
        .containsExactly(
            "tar: ./gone: Warning: Cannot stat: No such file or directory",
            "Total bytes written: 10240 (10KiB, 47MiB/s)");
  }

  @Test
  void anOverlongLineIsCutAtTheLimit() throws IOException {
    String longLine = "x".repeat(TarStderr.MAX_LINE_BYTES + 100) + "\nnext\n";
    ByteArrayInputStream in = new ByteArrayInputStream(longLine.getBytes(StandardCharsets.UTF_8));

    assertThat(TarStderr.readLine(in)).hasValueSatisfying(l -> assertThat(l).hasSize(32768));
    assertThat(TarStderr.readLine(in)).hasValue("next");
    assertThat(TarStderr.readLine(in)).isEmpty();
  }

  @Test
  void noTotalsLineLeavesTheSizeUnknown() {
    assertThat(new TarStderr().totalBytes()).isEqualTo(-1);
  }
}
