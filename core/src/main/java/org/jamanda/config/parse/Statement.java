package org.jamanda.config.parse;

import java.util.List;
import java.util.Optional;

/**
 * One statement of a configuration file: the tokens of one line, and the block that follows when
 * the line ends in an opening brace.
 *
 * <pre>
 * inparallel 4                       tokens [inparallel, 4]
 * define dumptype lab-bsd {          tokens [define, dumptype, lab-bsd], block of 3 statements
 *     lab-base
 *     auth "bsd"
 *     compress none
 * }
 * </pre>
 *
 * <p>Immutable.
 */
public record Statement(List<Token> tokens, Optional<Block> block) {
  public Statement {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a statement has at least one token");
    }
  }

  /** The first token, usually the keyword. */
  public Token first() {
    return tokens.get(0);
  }

  /** Where the statement starts. */
  public Location location() {
    return first().location();
  }
}
