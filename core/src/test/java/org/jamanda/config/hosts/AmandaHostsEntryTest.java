package org.jamanda.config.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Amanda's matching rules for one request against a whole file, as a table. */
class AmandaHostsEntryTest {
  private static final String LOCAL_USER = "backup";

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void decidesLikeAmanda(
      String rule,
      String file,
      String peer,
      String address,
      String user,
      String service,
      boolean allowed)
      throws UnknownHostException {
    AmandaHosts hosts = AmandaHosts.parse("hosts", file, LOCAL_USER);

    boolean found =
        hosts.findAllowing(peer, InetAddress.getByName(address), user, service).isPresent();

    assertThat(found).as(rule).isEqualTo(allowed);
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        // host names: ASCII case does not matter, the rest must be equal
        row("file host in upper case", "Srv.Example.COM backup", "srv.example.com", "noop", true),
        row("peer name in upper case", "srv.example.com backup", "SRV.example.com", "noop", true),
        row("short name is not the FQDN", "srv.example.com backup", "srv", "noop", false),
        row("only ASCII case folds", "srv-\u00e4 backup", "SRV-\u00c4", "noop", false),
        row("longer name is not a prefix match", "srv backup", "srv.example.com", "noop", false),

        // localhost lines also match loopback peers, whatever their name
        at("localhost and 127.0.0.1", "localhost backup", "amlab-bsd", "127.0.0.1", true),
        at("localhost.localdomain and ::1", "localhost.localdomain backup", "x", "::1", true),
        at("localhost in upper case", "LOCALHOST backup", "x", "127.0.0.1", true),
        at("localhost and ::1", "localhost backup", "x", "::1", true),
        at("127.0.0.2 is not 127.0.0.1", "localhost backup", "x", "127.0.0.2", false),
        at("localhost and a LAN peer", "localhost backup", "x", "192.0.2.7", false),
        at("localhost6 is no alias", "localhost6 backup", "x", "::1", false),
        at("other names get no alias", "srv backup", "x", "127.0.0.1", false),

        // an address is compared as text with the resolved name, never as an address
        at("address line, named peer", "192.0.2.7 backup", "srv", "192.0.2.7", false),
        at("address line, unnamed peer", "192.0.2.7 backup", "192.0.2.7", "192.0.2.7", true),

        // users: a missing user is amandad's user; ASCII case does not matter
        as("missing user is the local user", "srv", "backup", "noop", true),
        as("missing user is nobody else", "srv", "root", "noop", false),
        as("user in upper case", "srv BACKUP", "backup", "noop", true),
        as("user must match", "srv root amdump", "backup", "noop", false),

        // no services: the four amdump services, nothing else
        row("no services allows noop", "srv backup", "srv", "noop", true),
        row("no services allows selfcheck", "srv backup", "srv", "selfcheck", true),
        row("no services allows sendsize", "srv backup", "srv", "sendsize", true),
        row("no services allows sendbackup", "srv backup", "srv", "sendbackup", true),
        row("no services refuses amindexd", "srv backup", "srv", "amindexd", false),
        row("no services refuses amdump itself", "srv backup", "srv", "amdump", false),

        // amdump is shorthand for the four, and also matches itself
        row("amdump allows sendbackup", "srv backup amdump", "srv", "sendbackup", true),
        row("amdump allows selfcheck", "srv backup amdump", "srv", "selfcheck", true),
        row("amdump refuses amindexd", "srv backup amdump", "srv", "amindexd", false),
        row("amdump refuses amidxtaped", "srv backup amdump", "srv", "amidxtaped", false),
        row("amdump allows amdump", "srv backup amdump", "srv", "amdump", true),

        // explicit services, separated by spaces, tabs or commas, compared exactly
        row("explicit amindexd", "srv backup amindexd amidxtaped", "srv", "amindexd", true),
        row("explicit amidxtaped", "srv backup amindexd amidxtaped", "srv", "amidxtaped", true),
        row("only the listed one", "srv backup amindexd", "srv", "amidxtaped", false),
        row("explicit list lacks noop", "srv backup amindexd", "srv", "noop", false),
        row("comma separated", "srv backup amindexd,amidxtaped", "srv", "amidxtaped", true),
        row("tab and comma", "srv\tbackup\t,amindexd ,\tnoop", "srv", "noop", true),
        row("amdump case matters", "srv backup Amdump", "srv", "noop", false),
        row("service case matters", "srv backup AMINDEXD", "srv", "amindexd", false),
        row("unknown name matches itself", "srv backup foo", "srv", "foo", true),
        row("mixed list", "srv backup amindexd amdump", "srv", "sendsize", true),

        // the file as a whole: any line may allow, a comma never splits the user
        row("second line allows", "srv root amindexd\nsrv backup amdump", "srv", "noop", true),
        row("comma inside user word", "srv backup,amdump", "srv", "noop", false),
        row("'#' after host is a user", "srv # backup", "srv", "noop", false),
        row("comment line", "#srv backup", "srv", "noop", false),
        row("CR ends the service word", "srv backup amdump\r\n", "srv", "noop", false),
        row("CR after the user word", "srv backup\r\n", "srv", "noop", false),
        row("NUL ends the line", "srv backup amindexd\0 noop", "srv", "noop", false),
        row("no quoting", "\"srv\" backup", "srv", "noop", false));
  }

  private static Arguments row(
      String rule, String file, String peer, String service, boolean allowed) {
    return arguments(rule, file, peer, "192.0.2.7", LOCAL_USER, service, allowed);
  }

  private static Arguments at(
      String rule, String file, String peer, String address, boolean allowed) {
    return arguments(rule, file, peer, address, LOCAL_USER, "noop", allowed);
  }

  private static Arguments as(
      String rule, String file, String user, String service, boolean allowed) {
    return arguments(rule, file, "srv", "192.0.2.7", user, service, allowed);
  }
}
