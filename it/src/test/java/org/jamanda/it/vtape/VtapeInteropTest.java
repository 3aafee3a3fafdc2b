package org.jamanda.it.vtape;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jamanda.cli.Jamanda;
import org.jamanda.storage.header.FileHeader;
import org.jamanda.storage.header.FileType;
import org.jamanda.storage.vtape.LabelPattern;
import org.jamanda.storage.vtape.VtapeDevice;
import org.jamanda.testing.amanda.AmandaCommand;
import org.jamanda.testing.amanda.AmandaServerConfig;
import org.jamanda.testing.amanda.DebianAmanda;
import org.jamanda.testing.amanda.ServerSettings;
import org.jamanda.testing.amanda.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Vtapes labelled by one implementation are read by the other: jamanda's amlabel and Debian's
 * amtape 3.5.1, and Debian's amlabel and jamanda's amtape; a dump jamanda wrote is read by Debian's
 * amrestore. Each test has its own throw-away configuration.
 */
@Tag("amanda")
@Tag("root")
@Timeout(60)
class VtapeInteropTest {
  private static final Path AMLABEL = Path.of("/usr/sbin/amlabel");
  private static final Path AMTAPE = Path.of("/usr/sbin/amtape");
  private static final Path AMRESTORE = Path.of("/usr/sbin/amrestore");
  private static final String RUN = "20261203162552";

  private AmandaServerConfig config;
  private Path vtapes;

  @BeforeEach
  void createConfigWithTwoSlots() throws IOException {
    DebianAmanda.requireInstalled();
    config = AmandaServerConfig.create(ServerSettings.defaults());
    vtapes = config.workDirectory().resolve("vtapes");
    for (String slot : List.of("slot1", "slot2")) {
      Files.createDirectories(vtapes.resolve(slot));
    }
    ownAllByBackup(vtapes);
  }

  @AfterEach
  void removeConfig() throws IOException {
    config.close();
  }

  @Test
  void debiansAmtapeShowsAVolumeJamandaLabelled() throws Exception {
    String label = config.name() + "-1";
    Run labelled =
        jamanda("amlabel", "--config-dir", "/etc/amanda", config.name(), label, "slot", "1");

    ownAllByBackup(vtapes);
    ownAllByBackup(config.workDirectory().resolve("state"));

    assertThat(labelled.status()).as(labelled.toString()).isZero();
    AmandaCommand.asBackup(AMTAPE, config.name(), "show")
        .run()
        .verify(
            r ->
                assertThat(r.stderr())
                    .contains("slot   1: date X              label " + label + "\n"),
            config);
  }

  @Test
  void jamandasAmtapeShowsAVolumeDebianLabelled() throws Exception {
    String label = config.name() + "-2";
    AmandaCommand.asBackup(AMLABEL, config.name(), label, "slot", "2")
        .run()
        .verify(r -> assertThat(r.stdout()).endsWith("Success!\n"), config);

    Run shown = jamanda("amtape", "--config-dir", "/etc/amanda", config.name(), "show");

    assertThat(shown.status()).as(shown.toString()).isZero();
    assertThat(shown.err())
        .as(shown.toString())
        .contains("slot   2: date X              label " + label + "\n");
  }

  @Test
  void debiansAmrestoreReadsADumpJamandaWrote() throws Exception {
    VtapeDevice device = VtapeDevice.open(vtapes.resolve("slot1"), LabelPattern.regex("."));
    device.label(config.name() + "-3", VtapeDevice.UNUSED_DATESTAMP, false);
    device.startWrite(RUN);
    String image = "an image that amrestore must hand back unchanged\n".repeat(2000);
    device.appendDump(dumpHeader(), new ByteArrayInputStream(image.getBytes(UTF_8)));
    ownAllByBackup(vtapes);

    AmandaCommand.asBackup(AMRESTORE, "-p", "file:" + vtapes.resolve("slot1"), "localhost")
        .run()
        .verify(r -> assertThat(r.stdout()).isEqualTo(image), config);
  }

  private FileHeader dumpHeader() {
    return FileHeader.builder(FileType.SPLIT_FILE)
        .datestamp(RUN)
        .name("localhost")
        .disk(config.dataDirectory().toString())
        .partNumber(1)
        .totalParts(-1)
        .level(0)
        .program("/bin/tar")
        .build();
  }

  /** What one in-process jamanda command printed, and its exit status. */
  private record Run(int status, String out, String err) {}

  private static Run jamanda(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Jamanda.execute("jamanda", args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private static void ownAllByBackup(Path tree) throws IOException {
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String mode = Files.isDirectory(path) ? "rwx------" : "rw-------";
        TempFiles.own(path, DebianAmanda.USER, DebianAmanda.GROUP, mode);
      }
    }
  }
}
