package org.jamanda.daemon.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.jamanda.protocol.service.DleRequest;
import org.jamanda.protocol.service.SendsizeRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Estimates with the real GNU tar of this machine. */
class GnuTarEstimatorTest {
  @TempDir Path tmp;

  @Test
  void estimatesAFullDumpOfATreeNearItsSize() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    byte[] block = new byte[256 * 1024];
    new Random(7).nextBytes(block);
    Files.write(data.resolve("a.bin"), block);
    Files.write(data.resolve("b.bin"), block);
    GnuTarEstimator estimator = new GnuTarEstimator(settings());

    long kib = estimator.estimateKib("localhost", dle(data, "0"), 0);

    assertThat(kib).isBetween(512L, 540L);
    try (var left = Files.list(tmp.resolve("lists"))) {
      assertThat(left).as("the estimate leaves no snapshot").isEmpty();
    }
  }

  @Test
  void saysWhyADleCannotBeEstimated() throws Exception {
    GnuTarEstimator estimator = new GnuTarEstimator(settings());

    assertThatThrownBy(() -> estimator.estimateKib("localhost", dle(tmp.resolve("gone"), "0"), 0))
        .isInstanceOf(Estimator.EstimateException.class)
        .hasMessageStartingWith("[")
        .hasMessageContaining("gone");
  }

  @Test
  void supportsGnutarAndAmgtarOnly() throws Exception {
    GnuTarEstimator estimator = new GnuTarEstimator(settings());

    assertThat(estimator.supports(dle(tmp, "0"))).isTrue();
    assertThat(estimator.supports(parse("DUMP /dev/sda1 0 1970:1:1:0:0:0 -1 OPTIONS |;\n")))
        .isFalse();
  }

  private ClientSettings settings() throws Exception {
    Path lists = Files.createDirectories(tmp.resolve("lists"));
    return ClientSettings.defaults().withGnutarListDir(Optional.of(lists));
  }

  private static DleRequest dle(Path directory, String level) throws Exception {
    return parse("GNUTAR " + directory + " " + level + " 1970:1:1:0:0:0 -1 OPTIONS |;\n");
  }

  private static DleRequest parse(String line) throws Exception {
    return SendsizeRequest.parse("OPTIONS maxdumps=1;\n" + line, e -> {}).dles().get(0);
  }
}
