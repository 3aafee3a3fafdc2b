package org.jamanda.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedStringsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "3.5.1|3.5.1",
        "/srv/amanda-lab/data/tcp|/srv/amanda-lab/data/tcp",
        "Debian GNU/Linux 12 (bookworm)|\"Debian GNU/Linux 12 (bookworm)\"",
        "a:b|\"a:b\"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "back\\slash|\"back\\\\slash\"",
        "``|\"\""
      })
  void quotesWordsAsAmandaDoes(String text, String quoted) {
    assertThat(QuotedStrings.quote(text)).isEqualTo(quoted);
    assertThat(QuotedStrings.unquote(quoted)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a\\tb|a\tb", "\\101|A", "x\\000y|xy", "\"a b\"c|a bc"})
  void unquotesEscapes(String quoted, String text) {
    assertThat(QuotedStrings.unquote(quoted)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"abc def|3", "\"a b\" c|5", "a\\ b c|4", "x|1"})
  void findsTheEndOfAQuotedWord(String line, int end) {
    assertThat(QuotedStrings.endOfWord(line, 0)).isEqualTo(end);
  }
}
