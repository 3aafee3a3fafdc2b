package org.jamanda.storage.header;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the files under {@code src/test/resources/storage/} that Amanda 3.5.1 wrote. */
final class Samples {
  static final String LABEL_LAB3 = "vtape/00000.Lab-3";
  static final String LABEL_LAB4 = "vtape/00000.Lab-4.unused-label";
  static final String AMGTAR_DUMP = "vtape/00001.amlab-bsd._srv_amanda-lab_data_bsd.0.first32k";
  static final String GNUTAR_DUMP = "vtape/00002.localhost._srv_amanda-lab_data_classic.0";
  static final String AMIDXTAPED_HEADER = "amidxtaped-header-740bytes.txt";
  static final String INDEX_HEADER = "index/20261203162552_0.header";

  private Samples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/storage/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource storage/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
