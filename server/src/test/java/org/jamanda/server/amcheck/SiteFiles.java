package org.jamanda.server.amcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jamanda.config.ConfigDirectory;
import org.jamanda.config.Disklist;
import org.jamanda.config.ServerConfig;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.net.ServicesFile;

/**
 * A configuration "Daily" written into a test's directory: amanda.conf with a chg-disk changer and
 * a holding disk under the same directory, and the disklist the test gives.
 */
final class SiteFiles {
  private SiteFiles() {}

  static final String DUMPTYPES =
      """
      define application-tool app_amgtar {
          plugin "amgtar"
          property "ATIME-PRESERVE" "NO"
      }
      define dumptype tar-bsd {
          program "GNUTAR"
          auth "bsd"
          client-port "@PORT@"
      }
      define dumptype amgtar-bsd {
          program "APPLICATION"
          application "app_amgtar"
          auth "bsd"
          client-port "@PORT@"
      }
      define dumptype custom-comp {
          tar-bsd
          compress client custom
          client-custom-compress "/usr/bin/zstd"
      }
      define dumptype tar-bsdtcp {
          program "GNUTAR"
          auth "bsdtcp"
      }
      define dumptype skipped {
          tar-bsd
          strategy skip
      }
      define dumptype ignored {
          tar-bsd
          ignore yes
      }
      """;

  /** Writes the configuration under {@code root} and returns the root. */
  static Path write(Path root, String disklist, int clientPort) throws IOException {
    Path dir = Files.createDirectories(root.resolve("Daily"));
    Files.createDirectories(root.resolve("holding"));
    Files.createDirectories(root.resolve("vtapes"));
    String conf =
        """
        org "Daily"
        inparallel 4
        maxdumps 1
        ctimeout 7
        req-tries 2
        reserved-udp-port 840,860
        unreserved-tcp-port 50000,50100
        tpchanger "vtapes"
        define changer vtapes {
            tpchanger "chg-disk:@ROOT@/vtapes"
            property "num-slot" "4"
        }
        tapetype "VTAPE"
        define tapetype VTAPE {
            length 1 Gb
        }
        labelstr "^Daily-[0-9]+$"
        autolabel "Daily-%%" empty
        holdingdisk hd1 {
            directory "@ROOT@/holding"
            use 1 Mb
        }
        """
            + DUMPTYPES;
    Files.writeString(
        dir.resolve("amanda.conf"),
        conf.replace("@ROOT@", root.toString()).replace("@PORT@", "" + clientPort));
    Files.writeString(dir.resolve("disklist"), disklist);
    return root;
  }

  /** Loads "Daily" from {@code root} into the site amcheck checks. */
  static AmcheckSite site(Path root, String... args) throws ConfigException, IOException {
    ConfigDirectory directory = ConfigDirectory.locate(java.util.Optional.of(root));
    ServerConfig config = directory.loadServer("Daily");
    Disklist disklist = directory.loadDisklist(config);
    return AmcheckSite.of(config, disklist, ServicesFile.empty(), java.util.List.of(args));
  }
}
