package org.jamanda.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputExcerptTest {
  @Test
  void quotesShortInputAsIs() {
    assertThat(InputExcerpt.of("compres")).isEqualTo("'compres'");
  }

  @Test
  void escapesControlCharacters() {
    assertThat(InputExcerpt.of("a\nb\tc\u0001")).isEqualTo("'a\\nb\\tc\\x01'");
  }

  @Test
  void cutsLongInputAndSaysHowMuchWasDropped() {
    String input = "x".repeat(100);

    assertThat(InputExcerpt.of(input)).isEqualTo("'" + "x".repeat(64) + "' (36 more characters)");
  }
}
