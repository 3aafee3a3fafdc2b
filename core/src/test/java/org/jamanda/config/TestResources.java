package org.jamanda.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Test files under src/test/resources/config. */
final class TestResources {
  private TestResources() {}

  /** The directory or file {@code config/relative} of the test resources. */
  static Path config(String relative) {
    URL url = TestResources.class.getResource("/config/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no test resource config/" + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * The rows of an amgetconf recording made by config/amgetconf/record.sh: parameter, exit status,
   * output (lines joined by newlines).
   */
  static List<Arguments> recording(String relative) {
    List<Arguments> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(config(relative))) {
        String[] fields = line.split("\t", 3);
        rows.add(
            Arguments.of(fields[0], Integer.parseInt(fields[1]), fields[2].replace("\\n", "\n")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
