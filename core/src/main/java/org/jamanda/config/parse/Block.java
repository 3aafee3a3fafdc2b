package org.jamanda.config.parse;

import java.util.List;

/**
 * The statements between an opening brace at the end of a line and the a closing brace that closes
 * it, which must start a line of its own. Immutable.
 */
public record Block(Token open, List<Statement> statements, Token close) {
  public Block {
    statements = List.copyOf(statements);
  }
}
