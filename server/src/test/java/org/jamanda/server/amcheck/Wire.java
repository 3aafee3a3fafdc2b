package org.jamanda.server.amcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Packet bodies captured from Amanda 3.5.1, under {@code src/test/resources/wire/}. */
final class Wire {
  private Wire() {}

  static String read(String name) {
    try (InputStream in = Wire.class.getResourceAsStream("/wire/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /wire/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
