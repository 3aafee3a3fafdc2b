package org.jamanda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmandadCommandTest {
  @Test
  void helpNamesTheDefaultServicesAndExitStatus() {
    CommandRun run = CommandRun.of("amandad", "--help");

    assertThat(run.status()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("-udp=PORT").contains("'amdump'").contains("Exit status");
  }

  @Test
  void refusesAnUnknownAuth() {
    CommandRun run = CommandRun.of("amandad", "-auth=krb4", "-udp=31099");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("amandad: unknown auth 'krb4'; expected bsd or bsdudp\n");
  }

  @Test
  void saysTcpAuthsAreNotImplementedYet() {
    CommandRun run = CommandRun.of("amandad", "-auth=bsdtcp", "-tcp=31099");

    assertThat(run.status()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).isEqualTo("amandad: auth bsdtcp is not implemented yet; use -auth=bsd\n");
  }

  @Test
  void refusesAnUnknownServiceArgument() {
    CommandRun run = CommandRun.of("amandad", "-udp=31099", "amdump", "sendfoo");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("amandad: unknown service 'sendfoo'; amandad knows [noop");
  }

  @Test
  void needsAPortOrAnInheritedSocket() {
    CommandRun run = CommandRun.of("amandad", "amdump");

    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "amandad: no -udp=PORT given and no UDP socket inherited from inetd; run with"
                + " -udp=PORT or from inetd\n");
  }
}
