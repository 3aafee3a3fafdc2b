package org.jamanda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmserviceCommandTest {
  @Test
  void helpShowsTheArguments() {
    CommandRun run = CommandRun.of("amservice", "--help");

    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("HOST AUTH SERVICE");
  }

  @Test
  void needsHostAuthAndService() {
    CommandRun run = CommandRun.of("amservice", "localhost");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing required parameters: 'AUTH', 'SERVICE'");
  }

  @Test
  void refusesAnAuthItCannotSpeak() {
    CommandRun run = CommandRun.of("amservice", "--no-input", "localhost", "ssl", "noop");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("amservice: auth ssl is not implemented yet; use bsd\n");
  }
}
