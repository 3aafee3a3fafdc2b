package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jamanda.protocol.InputTooLongException;
import org.junit.jupiter.api.Test;

class LineAssemblerTest {
  /** The INDEX stream of amanda-wire.md §7.4. */
  private static final byte[] INDEX =
      "/\n/sub/\n/README\n/big.bin\n/file with space.txt\n/hello.txt\n/sub/nested.txt\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  private static final List<String> PATHS =
      List.of(
          "/",
          "/sub/",
          "/README",
          "/big.bin",
          "/file with space.txt",
          "/hello.txt",
          "/sub/nested.txt");

  @Test
  void givesTheSameLinesWhereverTheStreamIsCut() throws Exception {
    for (int cut = 0; cut <= INDEX.length; cut++) {
      LineAssembler lines = new LineAssembler("INDEX");
      List<String> got = new ArrayList<>(lines.feed(INDEX, 0, cut));
      got.addAll(lines.feed(INDEX, cut, INDEX.length - cut));
      got.addAll(lines.finish());

      assertThat(got).as("cut at %d", cut).isEqualTo(PATHS);
    }
  }

  @Test
  void givesTheSameLinesFedByteByByte() throws Exception {
    LineAssembler lines = new LineAssembler("INDEX");
    List<String> got = new ArrayList<>();
    for (int i = 0; i < INDEX.length; i++) {
      got.addAll(lines.feed(INDEX, i, 1));
    }

    assertThat(got).isEqualTo(PATHS);
  }

  @Test
  void keepsTheBytesOfNonAsciiNames() throws Exception {
    byte[] latin1 = {'/', (byte) 0xe9, '\n'};

    List<String> got = new LineAssembler("INDEX").feed(latin1, 0, latin1.length);

    assertThat(got.get(0).getBytes(StandardCharsets.ISO_8859_1)).containsExactly('/', 0xe9);
  }

  @Test
  void givesALastLineWithoutNewlineAtTheEnd() throws Exception {
    LineAssembler lines = new LineAssembler("MESG");
    byte[] bytes = "sendbackup: end".getBytes(StandardCharsets.US_ASCII);

    assertThat(lines.feed(bytes, 0, bytes.length)).isEmpty();
    assertThat(lines.finish()).containsExactly("sendbackup: end");
  }

  @Test
  void refusesALineLongerThanTheLimit() {
    byte[] huge = new byte[LineAssembler.MAX_LINE_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) 'x');

    assertThatThrownBy(() -> new LineAssembler("MESG").feed(huge, 0, huge.length))
        .isInstanceOf(InputTooLongException.class)
        .hasMessage("MESG line too long: 65537 bytes, limit 65536");
  }
}
