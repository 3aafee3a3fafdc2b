package org.jamanda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JamandaTest {
  @Test
  void runsTheProgramItIsStartedAs() {
    StringWriter out = new StringWriter();

    int status =
        Jamanda.execute(
            "amandad", new String[] {"--help"}, new PrintWriter(out), new PrintWriter(out));

    assertThat(status).isZero();
    assertThat(out.toString()).startsWith("Usage: jamanda amandad");
  }

  @Test
  void listsOnlyTheProgramsThatWork() {
    StringWriter out = new StringWriter();

    Jamanda.execute("jamanda", new String[] {"--help"}, new PrintWriter(out), new PrintWriter(out));

    assertThat(out.toString())
        .contains("amgetconf", "ports", "amandad", "amservice", "amcheck")
        .doesNotContain("amdump", "amrecover");
  }

  @Test
  void needsACommand() {
    StringWriter err = new StringWriter();

    int status =
        Jamanda.execute(
            "jamanda", new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(status).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("a command is required");
  }
}
