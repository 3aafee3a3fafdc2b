package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmcheckSiteTest {
  private static final String DISKLIST =
      """
      db1 /srv/a tar-bsd
      db1 /srv/b amgtar-bsd
      db2 /home custom-comp
      db2 /var tar-bsd
      db3 /tmp skipped
      db3 /opt ignored
      db4 /etc tar-bsdtcp
      """;

  @TempDir Path root;

  @Test
  void takesTheHostsAndTheirDlesFromTheDisklist() throws Exception {
    AmcheckSite site = SiteFiles.site(SiteFiles.write(root, DISKLIST, 10081));

    assertThat(site.hosts()).extracting(AmcheckHost::name).containsExactly("db1", "db2", "db4");
    AmcheckDle tar = site.hosts().get(0).dles().get(0);
    assertThat(tar.disk()).isEqualTo("/srv/a");
    assertThat(tar.program()).isEqualTo("GNUTAR");
    assertThat(tar.auth()).isEqualTo("bsd");
    assertThat(tar.clientPort()).contains("10081");
    assertThat(tar.maxdumps()).isEqualTo(1);
    assertThat(tar.estimates()).containsExactly("CLIENT");
    AmcheckDle amgtar = site.hosts().get(0).dles().get(1);
    assertThat(amgtar.application())
        .contains(new AmcheckDle.Application("amgtar", Map.of("atime-preserve", List.of("NO"))));
    assertThat(site.hosts().get(2).auth()).isEqualTo("bsdtcp");
  }

  @Test
  void refusesADleWhoseDumptypeItCannotSendAndLeavesOutSkippedOnes() throws Exception {
    AmcheckSite site = SiteFiles.site(SiteFiles.write(root, DISKLIST, 10081));

    assertThat(site.hosts().get(1).dles()).extracting(AmcheckDle::disk).containsExactly("/var");
    assertThat(site.refusals()).hasSize(1);
    assertThat(site.refusals().get(0).lines())
        .containsExactly(
            "ERROR: db2:/home: dumptype custom-comp uses compress client custom, which jamanda's"
                + " amcheck cannot send yet",
            "       this DLE is not checked; " + root.resolve("Daily/disklist") + ":3:1");
  }

  @Test
  void readsTheServerSettings() throws Exception {
    AmcheckSite site = SiteFiles.site(SiteFiles.write(root, DISKLIST, 10081));

    assertThat(site.config()).isEqualTo("Daily");
    assertThat(site.ctimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(site.reqTries()).isEqualTo(2);
    assertThat(site.holdingDisks())
        .containsExactly(new HoldingDisk("hd1", root.resolve("holding"), 1024));
    assertThat(site.changer()).contains("chg-disk:" + root.resolve("vtapes"));
    assertThat(site.labelstr()).contains("^Daily-[0-9]+$");
    assertThat(site.autolabelEmpty()).contains("Daily-%%");
    assertThat(site.displayunit()).isEqualTo("K");
    assertThat(site.ports().reservedUdpPort().map(Object::toString)).contains("840,860");
    assertThat(site.auths()).containsExactly("bsd", "bsdtcp");
  }

  @Test
  void narrowsTheChecksToTheHostsAndDisksNamed() throws Exception {
    SiteFiles.write(root, DISKLIST, 10081);

    assertThat(hostsAndDisks(SiteFiles.site(root, "DB1", "/srv/b", "db4")))
        .containsExactly("db1:/srv/b", "db4:/etc");
    assertThat(hostsAndDisks(SiteFiles.site(root, "db2"))).containsExactly("db2:/var");
    assertThat(hostsAndDisks(SiteFiles.site(root, "db1", "db4")))
        .containsExactly("db1:/srv/a", "db1:/srv/b", "db4:/etc");
  }

  @Test
  void saysWhenAnArgumentNamesNothingAndRefusesExpressions() throws Exception {
    AmcheckSite site = SiteFiles.site(SiteFiles.write(root, DISKLIST, 10081), "db9", "db*");

    assertThat(site.hosts()).isEmpty();
    assertThat(site.argumentMessages())
        .extracting(m -> m.lines().get(0))
        .containsExactly(
            "Argument 'db9' matches neither a host nor a disk.",
            "ERROR: Argument 'db*' is a host or disk expression; jamanda's amcheck matches exact"
                + " names only");
  }

  @Test
  void takesAChangerNamedDirectlyWhenNoDefinitionHasThatName() throws Exception {
    SiteFiles.write(root, DISKLIST, 10081);
    java.nio.file.Files.writeString(
        root.resolve("Daily/amanda.conf"),
        java.nio.file.Files.readString(root.resolve("Daily/amanda.conf"))
            .replace("tpchanger \"vtapes\"", "tpchanger \"tape:/dev/nst0\""));

    assertThat(SiteFiles.site(root).changer()).isEqualTo(Optional.of("tape:/dev/nst0"));
  }

  private static List<String> hostsAndDisks(AmcheckSite site) {
    return site.hosts().stream()
        .flatMap(h -> h.dles().stream().map(d -> h.name() + ":" + d.disk()))
        .toList();
  }
}
