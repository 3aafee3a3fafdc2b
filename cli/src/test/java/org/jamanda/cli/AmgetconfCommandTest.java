package org.jamanda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmgetconfCommandTest {
  @TempDir Path dir;

  @Test
  void printsAGlobalValue() throws IOException {
    write("inparallel 7\n");

    CommandRun run = amgetconf("Daily", "inparallel");

    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo("7\n");
  }

  @Test
  void printsADumptypeValueByAmandasName() throws IOException {
    write("define dumptype tcp {\n  auth \"bsdtcp\"\n}\n");

    assertThat(amgetconf("Daily", "dumptype:tcp:auth").out()).isEqualTo("bsdtcp\n");
  }

  @Test
  void saysNoSuchParameterAsAmandaDoes() throws IOException {
    write("inparallel 7\n");

    CommandRun run = amgetconf("Daily", "inparalel");

    assertThat(run.status()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).isEqualTo("amgetconf: no such parameter \"inparalel\"\n");
  }

  @Test
  void stopsAtABadLineNamingFileLineAndColumn() throws IOException {
    write("inparallel 7\ninparallel seven\n");

    CommandRun run = amgetconf("Daily", "inparallel");

    assertThat(run.status()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).startsWith("amgetconf: " + dir.resolve("Daily/amanda.conf") + ":2:12: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void listsKeywordsJamandaIgnores() throws IOException {
    write("org \"Daily\"\ninparallel 7\n");

    CommandRun run = amgetconf("--ignored", "Daily");

    assertThat(run.out()).isEqualTo(dir.resolve("Daily/amanda.conf") + ":1:1: org (global)\n");
  }

  @Test
  void needsAParameter() throws IOException {
    write("inparallel 7\n");

    CommandRun run = amgetconf("Daily");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("amgetconf: a PARAM is required after the configuration name\n");
  }

  private CommandRun amgetconf(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "amgetconf";
    all[1] = "--config-dir";
    all[2] = dir.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CommandRun.of(all);
  }

  private void write(String amandaConf) throws IOException {
    Path config = Files.createDirectories(dir.resolve("Daily"));
    Files.writeString(config.resolve("amanda.conf"), amandaConf);
    Files.writeString(config.resolve("disklist"), "");
  }
}
