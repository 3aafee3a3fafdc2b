package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jamanda.protocol.service.ClientMessage.Argument;
import org.jamanda.protocol.service.SelfcheckReply.Message;
import org.jamanda.protocol.service.SelfcheckReply.Raw;
import org.junit.jupiter.api.Test;

class SelfcheckReplyTest {
  private static final String FEATURES = "ffffffff9efefbfffffffffffffff3fffbf71f";

  private static ClientMessage selfcheck(
      int line, MessageSeverity severity, int code, String template, String... keyValues) {
    List<Argument> arguments =
        java.util.stream.IntStream.range(0, keyValues.length / 2)
            .mapToObj(i -> new Argument(keyValues[2 * i], keyValues[2 * i + 1]))
            .toList();
    return new ClientMessage(
        "selfcheck.c", line, severity, MessageEmitter.SELFCHECK, code, arguments, template);
  }

  private static ClientMessage version(String hostname) {
    return selfcheck(
        207,
        MessageSeverity.INFO,
        3600000,
        "version '%{version}",
        "version",
        "3.5.1",
        "hostname",
        hostname);
  }

  private static ClientMessage space(String avail, String hostname) {
    return selfcheck(
        1665,
        MessageSeverity.INFO,
        3600071,
        "dir '%{dirname}' has more than %{size:avail} available",
        "avail",
        avail,
        "dirname",
        "/etc",
        "hostname",
        hostname);
  }

  @Test
  void formatsJsonAsTheVerbatimStartAndEndOfAmandasReply() {
    SelfcheckReply reply =
        new SelfcheckReply(
            true,
            List.of(
                new Message(version("localhost")), new Message(space("82812928", "amlab-bsd"))));

    // amanda-wire.md §7.2, the first and the last object of the 3.5.1 reply, joined by ",\n".
    assertThat(reply.format())
        .isEqualTo(
            """
            MESSAGE JSON
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "207",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600000",
                "version" : "3.5.1",
                "hostname" : "localhost",
                "message" : "version '3.5.1"
              },
              {
                "source_filename" : "selfcheck.c",
                "source_line" : "1665",
                "severity" : "info",
                "process" : "selfcheck",
                "running_on" : "amanda-client",
                "component" : "amanda",
                "module" : "amanda",
                "code" : "3600071",
                "avail" : "82812928",
                "dirname" : "/etc",
                "hostname" : "amlab-bsd",
                "message" : "dir '/etc' has more than 82812928 KB available"
              }""");
  }

  @Test
  void formatsLegacyLinesAsTheVerbatimReplyWithoutFeatures() {
    List<SelfcheckReply.Line> lines =
        List.of(
            new Message(version("localhost")),
            new Message(
                selfcheck(
                    1695,
                    MessageSeverity.INFO,
                    3600001,
                    "distro %{distro}",
                    "distro",
                    "Debian",
                    "hostname",
                    "localhost")),
            new Message(
                selfcheck(
                    1699,
                    MessageSeverity.INFO,
                    3600002,
                    "platform %{platform}",
                    "platform",
                    "Debian GNU/Linux 12 (bookworm)",
                    "hostname",
                    "localhost")),
            new Message(
                selfcheck(
                    213,
                    MessageSeverity.INFO,
                    3600004,
                    "OPTIONS features=%{features};hostname=%{hostname};",
                    "features",
                    FEATURES,
                    "hostname",
                    "localhost")),
            new Raw("ERROR [unknown option: auth=bsdtcp]"),
            new Message(
                selfcheck(
                    1355,
                    MessageSeverity.INFO,
                    3600052,
                    "%{disk}",
                    "hostname",
                    "localhost",
                    "device",
                    "/srv/amanda-lab/data/classic",
                    "disk",
                    "/srv/amanda-lab/data/classic")),
            new Message(space("82763776", "localhost")));

    // amanda-wire.md §7.2, legacy REP from captures/probe-legacy-nonxml-dialect.pcap.
    assertThat(new SelfcheckReply(false, lines).format())
        .isEqualTo(
            """
            OK version '3.5.1
            OK distro Debian
            OK platform "Debian GNU/Linux 12 (bookworm)"
            OPTIONS features=ffffffff9efefbfffffffffffffff3fffbf71f;hostname=localhost;
            ERROR [unknown option: auth=bsdtcp]
            OK /srv/amanda-lab/data/classic
            OK dir '/etc' has more than 82763776 KB available
            """);
  }

  @Test
  void writesErrorsInBracketsWithErrnoTextUnquoted() {
    ClientMessage missing =
        selfcheck(
            1323,
            MessageSeverity.ERROR,
            3600051,
            "%{hostname}: Could not %{type} %{disk} (%{device}): %{errnostr}",
            "merrno",
            "2",
            "errnocode",
            "ENOENT",
            "errnostr",
            "No such file or directory",
            "type",
            "access",
            "hostname",
            "localhost",
            "device",
            "/a b",
            "disk",
            "/a b");

    assertThat(new SelfcheckReply(false, List.of(new Message(missing))).format())
        .isEqualTo(
            "ERROR [localhost: Could not access \"/a b\" (\"/a b\"): No such file or directory]\n");
    assertThat(missing.text())
        .isEqualTo("localhost: Could not access /a b (/a b): No such file or directory");
  }

  @Test
  void escapesJsonAsAmandaDoes() {
    assertThat(MessageText.json("a\"b\\c\nd\u000be\u0001f\u00e9"))
        .isEqualTo("a\\\"b\\\\c\\nd\\ve\\u0001f\u00e9");
  }

  @Test
  void rendersMissingArgumentsAsNoneAndPercentSigns() {
    ClientMessage message =
        selfcheck(1, MessageSeverity.WARNING, 1, "%{absent} at 100%% %{size:absent}");

    assertThat(message.text()).isEqualTo("NONE at 100% NONE");
    assertThat(new SelfcheckReply(false, List.of(new Message(message))).format())
        .isEqualTo("NONE at 100% NONE\n");
  }

  @Test
  void countsMessagesBySeverity() {
    SelfcheckReply reply =
        new SelfcheckReply(
            true, List.of(new Message(version("h")), new Raw("x"), new Message(space("1", "h"))));

    assertThat(reply.count(MessageSeverity.INFO)).isEqualTo(2);
    assertThat(reply.count(MessageSeverity.ERROR)).isZero();
  }
}
