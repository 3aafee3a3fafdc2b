package org.jamanda.config.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserTest {
  private static final Path FILE = Path.of("amanda.conf");

  @TempDir Path dir;

  @Test
  void eachLineIsAStatementAndEmptyLinesVanish() throws Exception {
    List<Statement> statements = Parser.parse(FILE, "org \"x\"\n\n# note\ninparallel 4\n");

    assertThat(statements).hasSize(2);
    assertThat(statements.get(1).tokens())
        .extracting(Token::text)
        .containsExactly("inparallel", "4");
    assertThat(statements.get(1).location()).isEqualTo(new Location(FILE, 4, 1));
  }

  @Test
  void aLineEndingInABraceOwnsTheBlockThatFollows() throws Exception {
    String text =
        "define dumptype a {\n  compress none\n  application {\n    plugin \"x\"\n  }\n}\n";

    Statement define = Parser.parse(FILE, text).get(0);

    assertThat(define.tokens()).extracting(Token::text).containsExactly("define", "dumptype", "a");
    Block block = define.block().orElseThrow();
    assertThat(block.statements()).hasSize(2);
    assertThat(block.statements().get(1).block().orElseThrow().statements()).hasSize(1);
    assertThat(block.close().location()).isEqualTo(new Location(FILE, 6, 1));
  }

  @Test
  void aBlockLeftOpenIsAnErrorAtItsBrace() {
    assertThatThrownBy(() -> Parser.parse(FILE, "define dumptype a {\n  compress none\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:1:19: missing '}' to close the block opened here");
  }

  @Test
  void aClosingBraceMustStartItsLine() {
    assertThatThrownBy(() -> Parser.parse(FILE, "define dumptype a {\n  compress none }\n}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:2:17: '}' must be on a line of its own");
  }

  @Test
  void anOpeningBraceMustEndItsLine() {
    assertThatThrownBy(() -> Parser.parse(FILE, "define dumptype a { compress none\n}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:1:21: expected end of line after '{', found 'compress'");
  }

  @Test
  void aClosingBraceOutsideABlockIsAnError() {
    assertThatThrownBy(() -> Parser.parse(FILE, "inparallel 4\n}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:2:1: unexpected '}' outside a block");
  }

  @Test
  void includefileIsRelativeToTheIncludingFile() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("amanda.conf"), "org \"x\"\nincludefile \"sub/types\"\n");
    Files.writeString(sub.resolve("types"), "includefile \"more\"\ndumpcycle 3\n");
    Files.writeString(sub.resolve("more"), "inparallel 2\n");

    List<Statement> statements = Parser.parseFile(dir.resolve("amanda.conf"));

    assertThat(statements)
        .extracting(s -> s.first().text())
        .containsExactly("org", "inparallel", "dumpcycle");
    assertThat(statements.get(1).location()).isEqualTo(new Location(sub.resolve("more"), 1, 1));
  }

  @Test
  void includingAFileThatIsBeingReadIsAnError() throws Exception {
    Files.writeString(dir.resolve("a.conf"), "includefile \"b.conf\"\n");
    Files.writeString(dir.resolve("b.conf"), "inparallel 2\nincludefile \"a.conf\"\n");

    assertThatThrownBy(() -> Parser.parseFile(dir.resolve("a.conf")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve("b.conf") + ":2:13: includefile loop: 'a.conf' is already being read");
  }

  @Test
  void includingAMissingFileIsAnErrorAtItsName() throws Exception {
    Files.writeString(dir.resolve("a.conf"), "inparallel 2\nincludefile \"nope.conf\"\n");

    assertThatThrownBy(() -> Parser.parseFile(dir.resolve("a.conf")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            dir.resolve("a.conf")
                + ":2:13: cannot include 'nope.conf': cannot read file: no such file");
  }

  @Test
  void includefileNeedsAQuotedName() {
    assertThatThrownBy(() -> Parser.parse(FILE, "includefile types\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("amanda.conf:1:13: includefile needs one quoted file name, found 'types'");
  }

  @Test
  void aMissingTopLevelFileIsAnErrorAboutTheFile() {
    Path missing = dir.resolve("amanda.conf");

    assertThatThrownBy(() -> Parser.parseFile(missing))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": cannot read file: no such file");
  }
}
