package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Location;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisklistTest {
  private static final String CONF =
      """
      define dumptype tar {
          program "GNUTAR"
          compress none
      }
      define dumptype tar-bsd {
          tar
          auth "bsd"
      }
      define application-tool app {
          plugin "amgtar"
      }
      define application-tool bare {
          comment "no plugin"
      }
      define interface eth0 {
          use 1000
      }
      """;

  @TempDir Path root;
  private Path dir;

  @BeforeEach
  void configuration() throws Exception {
    dir = Files.createDirectories(root.resolve("cfg"));
    Files.writeString(dir.resolve("amanda.conf"), CONF);
  }

  @Test
  void readsHostDiskAndDumptypeInFileOrder() throws Exception {
    Disklist disklist = read("db1 /var tar\ndb1 /home tar\nweb /srv tar\n");

    assertThat(disklist.entries())
        .extracting(Dle::diskName)
        .containsExactly("/var", "/home", "/srv");
    assertThat(disklist.hosts()).containsExactly("db1", "web");
    Dle first = disklist.entries().get(0);
    assertThat(first.dumptype().name()).isEqualTo("tar");
    assertThat(first.diskDevice()).isEmpty();
    assertThat(first.spindle()).isEqualTo(-1);
    assertThat(first.interfaceName()).isEqualTo("default");
    assertThat(first.location()).isEqualTo(new Location(dir.resolve("disklist"), 1, 1));
  }

  @Test
  void aThirdWordThatIsNoDumptypeIsTheDiskDevice() throws Exception {
    Dle dle = read("db1 data /dev/sdb1 tar 2 ETH0\n").entries().get(0);

    assertThat(dle.diskName()).isEqualTo("data");
    assertThat(dle.diskDevice()).contains("/dev/sdb1");
    assertThat(dle.spindle()).isEqualTo(2);
    assertThat(dle.interfaceName()).isEqualTo("eth0");
  }

  @Test
  void quotesCommentsAndContinuedLinesWork() throws Exception {
    Disklist disklist = read("# hosts\ndb1 \"/srv/my data\" \\\n    tar -1 # trailing\n\n");

    Dle dle = disklist.entries().get(0);

    assertThat(dle.diskName()).isEqualTo("/srv/my data");
    assertThat(dle.spindle()).isEqualTo(-1);
  }

  @Test
  void anInlineDumptypeInheritsAndIsNamedAfterHostAndDisk() throws Exception {
    Disklist disklist =
        read(
            """
            db1 /usr {
                tar
                compress server fast
                program "APPLICATION"
                application {
                    plugin "amstar"
                }
            } 3 eth0
            """);

    Dle dle = disklist.entries().get(0);
    Section dumptype = dle.dumptype();

    assertThat(dumptype.name()).isEqualTo("custom(db1:_usr).1");
    assertThat(dumptype.value(DumptypeParameters.COMPRESS)).isEqualTo(Compress.SERVER_FAST);
    assertThat(dumptype.value(DumptypeParameters.APPLICATION))
        .isEqualTo("custom(DUMPTYPE:custom(db1:_usr).1).2");
    assertThat(dle.spindle()).isEqualTo(3);
    assertThat(dle.interfaceName()).isEqualTo("eth0");
    assertThat(disklist.inlineSections())
        .extracting(Section::name)
        .containsExactly("custom(db1:_usr).1", "custom(DUMPTYPE:custom(db1:_usr).1).2");
  }

  @Test
  void inlineDumptypesAreVisibleToAmgetconf() throws Exception {
    ServerConfig config = ServerConfig.read(dir);
    Files.writeString(dir.resolve("disklist"), "db1 /usr {\n    tar\n    compress best\n}\n");

    ConfigQuery query = ConfigQuery.of(config, Disklist.read(config));

    assertThat(query.lookup("dumptype:custom(db1:_usr).1:compress")).containsExactly("CLIENT BEST");
  }

  @Test
  void includefileReadsAnotherDisklistRelativeToThisOne() throws Exception {
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("more/web"), "web /srv tar\n");

    Disklist disklist = read("db1 /var tar\nincludefile \"more/web\"\ndb1 /home tar\n");

    assertThat(disklist.entries()).extracting(Dle::host).containsExactly("db1", "web", "db1");
    assertThat(disklist.entries().get(1).location())
        .isEqualTo(new Location(dir.resolve("more/web"), 1, 1));
  }

  @Test
  void includingADisklistThatIsBeingReadIsAnError() throws Exception {
    Files.writeString(dir.resolve("other"), "web /srv tar\nincludefile \"disklist\"\n");

    assertThatThrownBy(() -> read("includefile \"other\"\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve("other") + ":2:13: includefile loop: 'disklist' is already being read");
  }

  @Test
  void differentHostsMayUseDifferentAuths() throws Exception {
    Disklist disklist = read("db1 /var tar\nweb /srv tar-bsd\n");

    assertThat(disklist.entries()).extracting(Dle::auth).containsExactly("BSDTCP", "bsd");
  }

  @Test
  void authNamesCompareWithoutRegardToCase() throws Exception {
    Files.writeString(
        dir.resolve("amanda.conf"),
        CONF + "define dumptype tar-lower {\n    tar\n    auth \"bsdtcp\"\n}\n");

    assertThat(read("db1 /var tar\ndb1 /srv tar-lower\n").entries()).hasSize(2);
  }

  @Test
  void aTrailingSlashMakesAnotherDiskAsInAmanda() throws Exception {
    assertThat(read("db1 /usr tar\ndb1 /usr/ tar\n").entries()).hasSize(2);
  }

  @Test
  void aHostNameWithATrailingDotIsTheSameHost() {
    assertThatThrownBy(() -> read("db1 /usr tar\ndb1. /var tar\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve("disklist") + ":2:1: duplicate host name: 'db1' and 'db1.'");
  }

  @Test
  void aHostNameWithGlobCharactersIsRefused() {
    // See the LIMITATION note in DleChecks: Amanda would match such names as patterns.
    assertThatThrownBy(() -> read("db* /usr tar\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve("disklist")
                + ":1:1: host name 'db*' holds a glob character (* ? [ ] \\),"
                + " which jamanda does not"
                + " accept");
  }

  @Test
  void programApplicationNeedsAnApplication() {
    assertThatThrownBy(() -> read("db1 /var {\n    program \"APPLICATION\"\n}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve("disklist")
                + ":1:1: dumptype 'custom(db1:_var).1' sets program \"APPLICATION\""
                + " but no application");
  }

  @Test
  void anApplicationNeedsAPlugin() {
    assertThatThrownBy(
            () -> read("db1 /var {\n    program \"APPLICATION\"\n    application \"bare\"\n}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve("disklist") + ":1:1: application 'bare' has no plugin");
  }

  @Test
  void theDisklistIsTheDiskfileOfTheConfiguration() throws Exception {
    Files.writeString(dir.resolve("amanda.conf"), CONF + "diskfile \"lists/main\"\n");
    Files.createDirectories(dir.resolve("lists"));
    Files.writeString(dir.resolve("lists/main"), "db1 /var tar\n");

    Disklist disklist = Disklist.read(ServerConfig.read(dir));

    assertThat(disklist.file()).isEqualTo(dir.resolve("lists/main"));
    assertThat(disklist.entries()).hasSize(1);
  }

  private Disklist read(String text) throws Exception {
    Files.writeString(dir.resolve("disklist"), text);
    return Disklist.read(ServerConfig.read(dir));
  }
}
