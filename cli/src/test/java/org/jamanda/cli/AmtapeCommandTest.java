package org.jamanda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmtapeCommandTest {
  @TempDir Path dir;
  private Path vtapes;

  @BeforeEach
  void writeLabConfig() throws IOException {
    vtapes = dir.resolve("vtapes");
    for (int slot = 1; slot <= 3; slot++) {
      Files.createDirectories(vtapes.resolve("slot" + slot));
    }
    Path conf = Files.createDirectories(dir.resolve("Lab")).resolve("amanda.conf");
    Files.writeString(
        conf,
        "labelstr \"^Lab-[0-9]+$\"\ntpchanger \"chg-disk:" + vtapes + "\"\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void showsEverySlotAsAmandaDoes() throws IOException {
    label(2, "AMANDA: TAPESTART DATE X TAPE Lab-1\n\f\n");
    label(3, "AMANDA: TAPESTART DATE 20261203162552 TAPE Other-3\n\f\n");

    CommandRun run = amtape("Lab", "show");

    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            """
            scanning all 3 slots in changer:
            slot   1: unlabeled volume
            slot   2: date X              label Lab-1
            slot   3: date 20261203162552 label Other-3 (label do not match labelstr)
            """);
  }

  @Test
  void showsAnUnreadableLabelFileWithItsReason() throws IOException {
    Files.writeString(vtapes.resolve("slot1/00000.junk"), "not a header");

    CommandRun run = amtape("Lab", "show");

    assertThat(run.err()).contains("slot   1: " + vtapes.resolve("slot1/00000.junk") + ": ");
  }

  @Test
  void refusesCommandsOtherThanShow() {
    CommandRun run = amtape("Lab", "reset");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("amtape: amtape command 'reset' is not supported; only 'show' is\n");
  }

  @Test
  void printsHelp() {
    CommandRun run = CommandRun.of("amtape", "--help");

    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Usage: jamanda amtape ").contains("Exit status:");
  }

  private void label(int slot, String text) throws IOException {
    byte[] block = new byte[32768];
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, block, 0, bytes.length);
    String label = text.substring(text.indexOf("TAPE ", 20) + 5, text.indexOf('\n'));
    Files.write(vtapes.resolve("slot" + slot + "/00000." + label), block);
  }

  private CommandRun amtape(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "amtape";
    all[1] = "--config-dir";
    all[2] = dir.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CommandRun.of(all);
  }
}
