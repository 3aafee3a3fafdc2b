package org.jamanda.config.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
  private static final Path FILE = Path.of("amanda.conf");

  @Test
  void splitsAStatementIntoKindsOfToken() throws Exception {
    List<Token> tokens = tokens("define dumptype \"lab-bsd\" {\n");

    assertThat(tokens)
        .extracting(Token::kind)
        .containsExactly(
            TokenKind.WORD,
            TokenKind.WORD,
            TokenKind.STRING,
            TokenKind.LBRACE,
            TokenKind.NEWLINE,
            TokenKind.END);
    assertThat(tokens.get(2).text()).isEqualTo("lab-bsd");
    assertThat(tokens.get(2).raw()).isEqualTo("\"lab-bsd\"");
  }

  @Test
  void wordsHoldLettersDigitsDashesAndUnderscores() throws Exception {
    assertThat(texts("reserved-udp-port app_amgtar2 x/y"))
        .containsExactly("reserved-udp-port", "app_amgtar2", "x", "/", "y", "");
  }

  @Test
  void numbersMayBeNegativeOrDecimalAndStopBeforeAUnit() throws Exception {
    List<Token> tokens = tokens("-100 1.75 512mbytes");

    assertThat(tokens).extracting(Token::text).containsExactly("-100", "1.75", "512", "mbytes", "");
    assertThat(tokens.get(2).kind()).isEqualTo(TokenKind.NUMBER);
    assertThat(tokens.get(3).kind()).isEqualTo(TokenKind.WORD);
  }

  @Test
  void aDashWithoutDigitsIsOther() throws Exception {
    assertThat(tokens("- x").get(0).kind()).isEqualTo(TokenKind.OTHER);
  }

  @Test
  void commentsRunToTheEndOfTheLineButKeepTheNewline() throws Exception {
    assertThat(tokens("inparallel 4 # at most four\n"))
        .extracting(Token::kind)
        .containsExactly(TokenKind.WORD, TokenKind.NUMBER, TokenKind.NEWLINE, TokenKind.END);
  }

  @Test
  void stringsDecodeAmandasEscapes() throws Exception {
    assertThat(tokens("\"a\\tb \\\"c\\\" \\\\ \\101\"").get(0).text()).isEqualTo("a\tb \"c\" \\ A");
  }

  @Test
  void aBackslashNewlineContinuesAStringWithANewline() throws Exception {
    List<Token> tokens = tokens("\"one\\\ntwo\" x");

    assertThat(tokens.get(0).text()).isEqualTo("one\ntwo");
    assertThat(tokens.get(1).location()).isEqualTo(new Location(FILE, 2, 6));
  }

  @Test
  void tokensKnowTheirOneBasedLineAndColumn() throws Exception {
    List<Token> tokens = tokens("org \"x\"\n\tinparallel 4");

    assertThat(tokens.get(1).location()).isEqualTo(new Location(FILE, 1, 5));
    assertThat(tokens.get(3).location()).isEqualTo(new Location(FILE, 2, 2));
  }

  @Test
  void anUnterminatedStringIsAnErrorAtItsOpeningQuote() {
    assertThatThrownBy(() -> tokens("org \"Daily\ninparallel 4"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:1:5: unterminated quoted string '\"Daily'");
  }

  @Test
  void anUnknownEscapeIsAnErrorAtTheBackslash() {
    assertThatThrownBy(() -> tokens("org \"a\\qb\""))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:1:7: unknown escape '\\q' in string");
  }

  @Test
  void aTokenLongerThanAmandasBufferIsAnError() {
    String huge = "\"" + "x".repeat(Lexer.MAX_TOKEN) + "\"";

    assertThatThrownBy(() -> tokens(huge))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:1:1: quoted string too long: more than 4095 characters");
  }

  @Test
  void pushedBackTokensComeFirst() throws Exception {
    Lexer lexer = new Lexer(FILE, "a b");
    Token a = lexer.next();

    lexer.pushBack(a);

    assertThat(lexer.next()).isEqualTo(a);
    assertThat(lexer.next().text()).isEqualTo("b");
  }

  @Test
  void diskWordsAreRunsOfNonBlankCharacters() throws Exception {
    assertThat(words("host.example.com /srv/data-1 {\n"))
        .containsExactly("host.example.com", "/srv/data-1", "{", "\n", "");
  }

  @Test
  void quotesProtectBlanksAndHashesInDiskWords() throws Exception {
    assertThat(words("h \"/srv/my data #1\" dt # comment\n"))
        .containsExactly("h", "/srv/my data #1", "dt", "\n", "");
  }

  @Test
  void aBackslashNewlineJoinsDisklistLines() throws Exception {
    Lexer lexer = new Lexer(FILE, "h /srv \\\n  comp-root 1\n");
    List<String> words = new ArrayList<>();
    for (Token t = lexer.nextWord(); !t.is(TokenKind.END); t = lexer.nextWord()) {
      words.add(t.text());
    }

    assertThat(words).containsExactly("h", "/srv", "comp-root", "1", "\n");
  }

  @Test
  void anUnterminatedQuoteInADiskWordIsAnError() {
    assertThatThrownBy(() -> words("h \"/srv dt\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:1:3: unterminated quoted string '\"/srv dt\\n'");
  }

  private static List<Token> tokens(String text) throws ConfigException {
    Lexer lexer = new Lexer(FILE, text);
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = lexer.next();
      tokens.add(token);
    } while (!token.is(TokenKind.END));
    return tokens;
  }

  private static List<String> texts(String text) throws ConfigException {
    return tokens(text).stream().map(Token::text).toList();
  }

  private static List<String> words(String text) throws ConfigException {
    Lexer lexer = new Lexer(FILE, text);
    List<String> words = new ArrayList<>();
    Token token;
    do {
      token = lexer.nextWord();
      words.add(token.text());
    } while (!token.is(TokenKind.END));
    return words;
  }
}
