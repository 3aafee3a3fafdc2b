package org.jamanda.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jamanda.config.parse.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoredKeywordsTest {
  @TempDir Path root;

  @Test
  void keywordsNotActedOnAreRecordedWithSectionAndPlace() throws Exception {
    ServerConfig config =
        ConfigTestFiles.server(
            root,
            """
            org "Daily"
            inparallel 4
            define dumptype d {
                compress none
                priority high
            }
            """);
    Path file = root.resolve("cfg/amanda.conf");

    assertThat(config.ignoredKeywords())
        .containsExactly(
            new IgnoredKeyword("global", "org", new Location(file, 1, 1)),
            new IgnoredKeyword("dumptype d", "priority", new Location(file, 5, 5)));
  }

  @Test
  void amgetconfListsThemOnePerLine() throws Exception {
    ServerConfig config = ConfigTestFiles.server(root, "mailto \"ops\"\n");

    assertThat(ConfigQuery.of(config).ignored())
        .containsExactly(root.resolve("cfg/amanda.conf") + ":1:1: mailto (global)");
  }

  @Test
  void theLabConfigurationIgnoresItsReportAndMediaSettings() throws Exception {
    ServerConfig lab = ServerConfig.read(TestResources.config("lab/Lab"));

    assertThat(lab.ignoredKeywords())
        .extracting(IgnoredKeyword::keyword)
        .contains("org", "mailto", "dumpuser", "runtapes", "amrecover-changer", "priority")
        .doesNotContain("inparallel", "maxdumps", "reserved-udp-port", "labelstr", "property");
  }

  @Test
  void sectionQualifiedEntriesCountOnlyInTheirSection() {
    assertThat(ActedOnKeywords.isActedOn(SectionKind.TAPETYPE, "length")).isTrue();
    assertThat(ActedOnKeywords.isActedOn(SectionKind.HOLDINGDISK, "use")).isTrue();
    assertThat(ActedOnKeywords.isActedOn(SectionKind.INTERFACE, "use")).isFalse();
    assertThat(ActedOnKeywords.isActedOn(SectionKind.DUMPTYPE, "auth")).isTrue();
    assertThat(ActedOnKeywords.isActedOn(SectionKind.GLOBAL, "org")).isFalse();
  }

  @Test
  void aClientConfigurationRecordsItsIgnoredKeywordsToo() throws Exception {
    Path file = root.resolve("amanda-client.conf");
    Files.writeString(file, "conf \"Daily\"\nssh_keys \"/k\"\n");

    ClientConfig client = ClientConfig.read(root, "", List.of(file));

    assertThat(client.ignoredKeywords())
        .containsExactly(new IgnoredKeyword("global", "ssh-keys", new Location(file, 2, 1)));
  }
}
