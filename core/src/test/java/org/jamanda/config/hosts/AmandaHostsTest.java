package org.jamanda.config.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How lines become entries, and which lines earn a warning. */
class AmandaHostsTest {
  private static AmandaHosts parse(String text) {
    return AmandaHosts.parse("/home/backup/.amandahosts", text, "backup");
  }

  @Test
  void readsHostUserAndServices() {
    AmandaHosts hosts = parse("client1.example.com root amindexd amidxtaped\n");

    assertThat(hosts.entries())
        .containsExactly(
            new AmandaHostsEntry(
                1, "client1.example.com", "root", List.of("amindexd", "amidxtaped")));
    assertThat(hosts.warnings()).isEmpty();
  }

  @Test
  void fillsInLocalUserAndNoServicesWhenLineHasOnlyHost() {
    AmandaHosts hosts = parse("server.example.com");

    assertThat(hosts.entries())
        .containsExactly(new AmandaHostsEntry(1, "server.example.com", "backup", List.of()));
  }

  @Test
  void splitsServicesOnSpacesTabsAndCommasButHostAndUserOnlyOnBlanks() {
    AmandaHosts hosts = parse("\t srv,a \t root,x \tamindexd,amidxtaped , ,noop\t");

    assertThat(hosts.entries())
        .containsExactly(
            new AmandaHostsEntry(1, "srv,a", "root,x", List.of("amindexd", "amidxtaped", "noop")));
  }

  @Test
  void skipsBlankWhitespaceAndCommentLinesButCountsThem() {
    AmandaHosts hosts = parse("# server\n\n   \t\n  # indented\r\n\r\nsrv backup amdump\n");

    assertThat(hosts.entries())
        .containsExactly(new AmandaHostsEntry(6, "srv", "backup", List.of("amdump")));
    assertThat(hosts.warnings()).isEmpty();
  }

  @Test
  void readsLastLineWithoutNewline() {
    AmandaHosts hosts = parse("a\nb backup");

    assertThat(hosts.entries()).extracting(AmandaHostsEntry::host).containsExactly("a", "b");
  }

  @Test
  void takesQuotesLiterallyAsAmandaDoes() {
    AmandaHosts hosts = parse("\"my host\" backup");

    assertThat(hosts.entries())
        .containsExactly(new AmandaHostsEntry(1, "\"my", "host\"", List.of("backup")));
  }

  @Test
  void warnsThatHashAfterHostIsNoComment() {
    AmandaHosts hosts = parse("srv\n\nlocalhost # backup amdump\n");

    assertThat(hosts.entries().get(1))
        .isEqualTo(new AmandaHostsEntry(3, "localhost", "#", List.of("backup", "amdump")));
    assertThat(hosts.warnings())
        .containsExactly(
            "/home/backup/.amandahosts:3:11: '#' starts no comment after the host;"
                + " '#' is read as a user name",
            "/home/backup/.amandahosts:3:13: unknown service 'backup';"
                + " it matches only a request for that exact name");
  }

  @Test
  void warnsAboutHashInServiceList() {
    AmandaHosts hosts = parse("srv backup amdump #old");

    assertThat(hosts.entries().get(0).services()).containsExactly("amdump", "#old");
    assertThat(hosts.warnings())
        .containsExactly(
            "/home/backup/.amandahosts:1:19: '#' starts no comment after the host;"
                + " '#old' is read as a service name");
  }

  @Test
  void warnsAboutUnknownServiceWithItsColumn() {
    AmandaHosts hosts = parse("srv backup noop,amdmp");

    assertThat(hosts.warnings())
        .containsExactly(
            "/home/backup/.amandahosts:1:17: unknown service 'amdmp';"
                + " it matches only a request for that exact name");
  }

  @Test
  void acceptsEveryAmandadServiceWithoutWarning() {
    AmandaHosts hosts =
        parse(
            "srv backup noop selfcheck sendsize sendbackup amdump amindexd amidxtaped amdumpd"
                + " senddiscover restore ambackupd");

    assertThat(hosts.warnings()).isEmpty();
  }

  @Test
  void keepsCarriageReturnInLastWordAndWarns() {
    AmandaHosts hosts = parse("srv backup amdump\r\n");

    assertThat(hosts.entries().get(0).services()).containsExactly("amdump\r");
    assertThat(hosts.warnings())
        .containsExactly(
            "/home/backup/.amandahosts:1:12: unknown service 'amdump\\x0d';"
                + " it matches only a request for that exact name",
            "/home/backup/.amandahosts:1:18: carriage return at the end of the line is part of"
                + " the last word; save the file with LF line ends");
  }

  @Test
  void endsLineAtNulAndWarns() {
    AmandaHosts hosts = parse("srv backup amindexd\0 noop\nnext");

    assertThat(hosts.entries())
        .containsExactly(
            new AmandaHostsEntry(1, "srv", "backup", List.of("amindexd")),
            new AmandaHostsEntry(2, "next", "backup", List.of()));
    assertThat(hosts.warnings())
        .containsExactly(
            "/home/backup/.amandahosts:1:20: NUL character; the rest of the line is ignored");
  }

  @Test
  void quotesLongWordsTruncated() {
    String word = "x".repeat(70);

    assertThat(AmandaHostsParser.quote(word))
        .isEqualTo("'" + "x".repeat(64) + "' (6 more characters)");
  }

  @Test
  void findsFirstAllowingLine() throws Exception {
    AmandaHosts hosts = parse("srv root amindexd\nsrv backup\nsrv backup amdump\n");

    assertThat(hosts.findAllowing("srv", InetAddress.getByName("192.0.2.7"), "backup", "noop"))
        .map(AmandaHostsEntry::line)
        .hasValue(2);
  }
}
