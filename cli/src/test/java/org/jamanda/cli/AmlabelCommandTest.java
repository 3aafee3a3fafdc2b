package org.jamanda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmlabelCommandTest {
  private static final String ENTRY = " reuse BLOCKSIZE:32 POOL:Lab STORAGE:Lab CONFIG:Lab\n";

  @TempDir Path dir;
  private Path vtapes;

  @BeforeEach
  void writeLabConfig() throws IOException {
    vtapes = dir.resolve("vtapes");
    Files.createDirectories(vtapes.resolve("slot1"));
    Files.createDirectories(vtapes.resolve("slot2"));
    writeConfig("chg-disk:" + vtapes);
  }

  @Test
  void labelsAnEmptySlotAndAddsItToTheTapelist() throws IOException {
    CommandRun run = amlabel("Lab", "Lab-1", "slot", "2");

    assertThat(run.out())
        .isEqualTo(
            """
            Reading label...
            Found an empty tape.
            Writing label 'Lab-1'...
            Checking label...
            Success!
            """);
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(vtapes.resolve("slot2/00000.Lab-1")).hasSize(32768);
    assertThat(tapelist()).isEqualTo("0 Lab-1" + ENTRY);
  }

  @Test
  void refusesALabelAlreadyInTheTapelist() throws IOException {
    amlabel("Lab", "Lab-1", "slot", "1");

    CommandRun run = amlabel("Lab", "Lab-1", "slot", "2");

    assertThat(run.status()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Label 'Lab-1' already on a volume\n");
    assertThat(vtapes.resolve("slot2")).isEmptyDirectory();
  }

  @Test
  void refusesToOverwriteAnActiveVolumeWithoutForce() throws IOException {
    amlabel("Lab", "Lab-1", "slot", "1");

    CommandRun run = amlabel("Lab", "Lab-2", "slot", "1");

    assertThat(run.status()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out())
        .isEqualTo(
            "Reading label...\nVolume with label 'Lab-1' is active and contains data from this"
                + " configuration.\nNot writing label.\n");
    assertThat(run.err()).isEqualTo("Not writing label.\n");
    assertThat(vtapes.resolve("slot1/00000.Lab-1")).exists();
  }

  @Test
  void overwritesAnActiveVolumeWithForce() throws IOException {
    amlabel("Lab", "Lab-1", "slot", "1");

    CommandRun run = amlabel("-f", "Lab", "Lab-2", "slot", "1");

    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "Reading label...\nVolume with label 'Lab-1' is active and contains data from this"
                + " configuration.\nConsider using 'amrmtape' to remove volume 'Lab-1' from the"
                + " catalog.\nWriting label 'Lab-2'...\nChecking label...\nSuccess!\n");
    assertThat(vtapes.resolve("slot1/00000.Lab-1")).doesNotExist();
    assertThat(tapelist()).isEqualTo("0 Lab-1" + ENTRY + "0 Lab-2" + ENTRY);
  }

  @Test
  void refusesALabelThatDoesNotMatchLabelstr() throws IOException {
    CommandRun run = amlabel("Lab", "bad-1", "slot", "1");

    String message = "Label 'bad-1' doesn't match the labelstr '^Lab-[0-9]+$'.\n";
    assertThat(run.status()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out()).isEqualTo("Reading label...\nFound an empty tape.\n" + message);
    assertThat(run.err()).isEqualTo(message);
    assertThat(vtapes.resolve("slot1")).isEmptyDirectory();
  }

  @Test
  void saysWhenTheSlotDoesNotExist() {
    CommandRun run = amlabel("Lab", "Lab-1", "slot", "7");

    assertThat(run.status()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out()).isEqualTo("Reading label...\nSlot 7 not found\n");
    assertThat(run.err()).isEqualTo("Slot 7 not found\n");
  }

  @Test
  void needsTheSlotBecauseTheCurrentSlotIsNotKept() {
    CommandRun run = amlabel("Lab", "Lab-1");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "amlabel: name the slot to label (amlabel CONFIG LABEL slot N); the current slot is"
                + " not kept\n");
  }

  @Test
  void rejectsASlotThatIsNotANumber() {
    CommandRun run = amlabel("Lab", "Lab-1", "slot", "two");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("amlabel: slot must be a number, not 'two'\n");
  }

  @Test
  void refusesAChangerOtherThanChgDisk() throws IOException {
    writeConfig("chg-robot:/dev/sg1");

    CommandRun run = amlabel("Lab", "Lab-1", "slot", "1");

    assertThat(run.status()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err())
        .isEqualTo(
            "tpchanger 'chg-robot:/dev/sg1' is not supported; jamanda drives only chg-disk:DIR"
                + " changers\n");
  }

  @Test
  void printsHelp() {
    CommandRun run = CommandRun.of("amlabel", "--help");

    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Usage: jamanda amlabel ").contains("Exit status:");
  }

  private void writeConfig(String tpchanger) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("Lab")).resolve("amanda.conf");
    String text =
        "labelstr \"^Lab-[0-9]+$\"\n"
            + "define changer vt {\n  tpchanger \""
            + tpchanger
            + "\"\n}\ntpchanger \"vt\"\ntapelist \""
            + dir.resolve("tapelist")
            + "\"\n";
    Files.writeString(conf, text, StandardCharsets.UTF_8);
  }

  private String tapelist() throws IOException {
    return Files.readString(dir.resolve("tapelist"), StandardCharsets.UTF_8);
  }

  private CommandRun amlabel(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "amlabel";
    all[1] = "--config-dir";
    all[2] = dir.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CommandRun.of(all);
  }
}
