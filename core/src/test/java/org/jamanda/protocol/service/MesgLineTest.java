package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.jamanda.protocol.MalformedPacketException;
import org.junit.jupiter.api.Test;

class MesgLineTest {
  /** The MESG stream of an amgtar dump (amanda-wire.md §7.4), verbatim. */
  private static final String AMGTAR =
      """
      sendbackup: info BACKUP=APPLICATION
      sendbackup: info APPLICATION=amgtar
      sendbackup: info RECOVER_CMD=/usr/lib/amanda/application/amgtar restore [./file-to-restore]+
      sendbackup: info end
      | Total bytes written: 3153920 (3.1MiB, 380MiB/s)
      sendbackup: size 3080
      sendbackup: native-CRC eab7ef6c:3153920
      sendbackup: client-CRC eab7ef6c:3153920
      sendbackup: end
      """;

  @Test
  void readsEveryLineOfACapturedStreamAndWritesItBack() throws Exception {
    List<MesgLine> lines = new ArrayList<>();
    for (String text : AMGTAR.split("\n", -1)) {
      if (!text.isEmpty()) {
        lines.add(MesgLine.parse(text));
      }
    }

    assertThat(lines)
        .contains(
            new MesgLine.Info("APPLICATION", Optional.of("amgtar")),
            new MesgLine.Info("end", Optional.empty()),
            new MesgLine.Size(3080),
            new MesgLine.Crc(true, 0xeab7ef6cL, 3153920),
            new MesgLine.End());
    StringBuilder written = new StringBuilder();
    lines.forEach(line -> written.append(line.format()).append('\n'));
    assertThat(written.toString()).isEqualTo(AMGTAR);
  }

  @Test
  void crcLinesCarryCrc32cAsJavaComputesIt() throws Exception {
    byte[] data = "hello\n".getBytes(StandardCharsets.US_ASCII);
    CRC32C crc = new CRC32C();
    crc.update(data);

    MesgLine line = new MesgLine.Crc(true, crc.getValue(), data.length);

    assertThat(MesgLine.parse(line.format())).isEqualTo(line);
    assertThat(line.format()).matches("sendbackup: native-CRC [0-9a-f]{8}:6");
  }

  @Test
  void readsAClientError() throws Exception {
    assertThat(MesgLine.parse("sendbackup: error [tar exited with status 2]"))
        .isEqualTo(new MesgLine.Failure("tar exited with status 2"));
  }

  @Test
  void keepsLinesItDoesNotModel() throws Exception {
    MesgLine line = MesgLine.parse("sendbackup: start [localhost:/data level 0]");

    assertThat(line.format()).isEqualTo("sendbackup: start [localhost:/data level 0]");
  }

  @Test
  void rejectsALineOfNoKnownKind() {
    assertThatThrownBy(() -> MesgLine.parse("tar: ./x: Cannot open"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage("bad MESG line: unknown line in 'tar: ./x: Cannot open'");
  }

  @Test
  void rejectsABadCrc() {
    assertThatThrownBy(() -> MesgLine.parse("sendbackup: native-CRC zz:10"))
        .hasMessage("bad MESG line: bad number 'zz' in 'sendbackup: native-CRC zz:10'");
  }
}
