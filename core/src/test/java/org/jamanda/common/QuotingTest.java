package org.jamanda.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vectors follow quote_string_maybe and unquote_string in Amanda 3.5.1's common-src/amutil.c, read
 * from the C source.
 */
class QuotingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "/var/lib/amanda | /var/lib/amanda",
        "/srv/my data | \"/srv/my data\"",
        "C:\\Users | \"C:\\\\Users\"",
        "it's | \"it's\"",
        "say \"hi\" | \"say \\\"hi\\\"\"",
        "`` | \"\"",
      })
  void quotesOnlyWhenNeeded(String text, String expected) {
    assertThat(Quoting.quote(text)).isEqualTo(expected);
  }

  @Test
  void quotesControlCharactersWithLetterEscapes() {
    assertThat(Quoting.quoteAlways("a\tb\nc\rd\fe")).isEqualTo("\"a\\tb\\nc\\rd\\fe\"");
  }

  @Test
  void quotesNonAsciiTextAsAmandasSignedCharTestDoes() {
    assertThat(Quoting.quote("café")).isEqualTo("\"café\"");
  }

  @Test
  void quoteAlwaysQuotesSafeText() {
    assertThat(Quoting.quoteAlways("amgtar")).isEqualTo("\"amgtar\"");
  }

  @Test
  void quoteAlwaysTurnsNullIntoEmptyQuotes() {
    assertThat(Quoting.quoteAlways(null)).isEqualTo("\"\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"/srv/my data\" | /srv/my data",
        "\"a\\tb\" | `a\tb`",
        "\"say \\\"hi\\\"\" | say \"hi\"",
        "\"C:\\\\Users\" | C:\\Users",
        "\"\\101\\102\" | AB",
        "\"x\\0y\" | xy",
        "\"\\q\" | q",
        "a\"b c\"d | ab cd",
        "\"trailing\\ | trailing",
      })
  void unquotesAmandasEscapes(String quoted, String expected) {
    assertThat(Quoting.unquote(quoted)).isEqualTo(expected);
  }

  @Test
  void octalEscapeWrapsAtEightBitsLikeACChar() {
    assertThat(Quoting.unquote("\"\\777\"")).isEqualTo("\u00ff");
  }

  @Test
  void unquoteUndoesQuoteForEveryEscapedCharacter() {
    String text = "tab\tnl\nquote\"backslash\\colon:";

    assertThat(Quoting.unquote(Quoting.quote(text))).isEqualTo(text);
  }

  @Test
  void knownEscapesAreLettersQuoteBackslashAndOctalDigits() {
    for (char c : "ntrf\\\"01234567".toCharArray()) {
      assertThat(Quoting.isKnownEscape(c)).as("escape %s", c).isTrue();
    }
    for (char c : "qx8a '".toCharArray()) {
      assertThat(Quoting.isKnownEscape(c)).as("escape %s", c).isFalse();
    }
  }
}
