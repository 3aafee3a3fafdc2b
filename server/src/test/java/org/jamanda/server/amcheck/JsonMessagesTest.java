package org.jamanda.server.amcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jamanda.protocol.InputTooLongException;
import org.jamanda.protocol.MalformedPacketException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonMessagesTest {
  @Test
  void readsEveryMessageOfACapturedSelfcheckReply() throws Exception {
    String body = Wire.read("selfcheck-rep-json-amlab-bsd.txt");

    List<Map<String, String>> messages =
        JsonMessages.parse(body.substring("MESSAGE JSON\n".length()));

    assertThat(messages).hasSize(16);
    assertThat(messages.get(0))
        .containsEntry("severity", "info")
        .containsEntry("code", "3600000")
        .containsEntry("message", "version '3.5.1");
    assertThat(messages.get(15))
        .containsEntry("dirname", "/etc")
        .containsEntry("message", "dir '/etc' has more than 82812928 KB available");
  }

  @Test
  void keepsTheOrderOfTheKeys() throws Exception {
    List<Map<String, String>> messages =
        JsonMessages.parse("{\"b\" : \"2\", \"a\" : \"1\", \"c\" : \"3\"}");

    assertThat(messages.get(0).keySet()).containsExactly("b", "a", "c");
  }

  @Test
  void acceptsEnclosingBracketsAndNoSeparatingNewlines() throws Exception {
    List<Map<String, String>> messages = JsonMessages.parse("[{\"a\":\"1\"},{\"a\":\"2\"}]");

    assertThat(messages).containsExactly(Map.of("a", "1"), Map.of("a", "2"));
  }

  @Test
  void keepsPrimitivesAsTextAndSkipsNestedValues() throws Exception {
    List<Map<String, String>> messages =
        JsonMessages.parse(
            "{\"n\" : 42, \"t\" : true, \"z\" : null, \"list\" : [\"x\", {\"y\" : \"]\"}],"
                + " \"o\" : {\"k\" : \"}\"}, \"message\" : \"after\"}");

    assertThat(messages.get(0))
        .containsExactly(
            Map.entry("n", "42"),
            Map.entry("t", "true"),
            Map.entry("z", "null"),
            Map.entry("message", "after"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`a\\\"b` | `a\"b`",
        "`a\\\\b` | `a\\b`",
        "`a\\/b` | `a/b`",
        "`line\\nnext` | `line\\nnext`",
        "`tab\\there` | `tab\\there`",
        "`\\u00e9t\\u00e9` | `été`",
      })
  void decodesEscapesAsAmandaDoes(String escaped, String decoded) throws Exception {
    List<Map<String, String>> messages = JsonMessages.parse("{\"message\" : \"" + escaped + "\"}");

    assertThat(messages.get(0).get("message")).isEqualTo(decoded);
  }

  @Test
  void readsNothingFromEmptyInput() throws Exception {
    assertThat(JsonMessages.parse(" \n ")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`{\"a\" : \"open` | `bad JSON message at offset 7: string not closed with '\"' in"
            + " '\"open'`",
        "`{\"a\" \"b\"}` | `bad JSON message at offset 5: expected ':' after key \"a\" in"
            + " '\"b\"}'`",
        "`{\"a\" : \"b\"` | `bad JSON message at offset 10: object not closed with '}' in ''`",
        "`OK version` | `bad JSON message at offset 0: expected '{' in 'OK version'`",
        "`{a : 1}` | `bad JSON message at offset 1: expected a key in quotes or '}' in 'a : 1}'`",
        "`{\"a\" : [1, 2` | `bad JSON message at offset 12: nested value not closed in ''`",
      })
  void rejectsMalformedInputNamingTheOffset(String input, String message) {
    assertThatThrownBy(() -> JsonMessages.parse(input))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsInputOverTheLimit() {
    String huge = " ".repeat(JsonMessages.MAX_CHARS + 1);

    assertThatThrownBy(() -> JsonMessages.parse(huge))
        .isInstanceOf(InputTooLongException.class)
        .hasMessage("MESSAGE JSON body too long: 4194305 bytes, limit 4194304");
  }
}
