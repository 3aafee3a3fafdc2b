package org.jamanda.config.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a configuration file into {@link Statement}s: the structure Amanda's {@code read_confline}
 * and {@code read_block} walk, before any keyword is looked at.
 *
 * <p>A statement is the tokens of one line. A line that ends in an opening brace opens a block that
 * runs to a line starting with a closing brace; blocks nest. Empty lines and comments vanish. A
 * top-level {@code includefile "path"} is replaced by the statements of that file; a relative path
 * is taken from the including file's directory (Amanda takes it from the configuration directory,
 * which is the same for files directly in it). Including a file that is already being read is an
 * error.
 *
 * <p>Not thread-safe; make one per file read.
 */
public final class Parser {
  private final IncludeStack reading = new IncludeStack();

  private Parser() {}

  /** The statements of {@code file}, with its {@code includefile}s expanded. */
  public static List<Statement> parseFile(Path file) throws ConfigException {
    return new Parser().read(Lexer.open(file), Optional.empty());
  }

  /** The statements of {@code text}, read as if it were {@code file}. */
  public static List<Statement> parse(Path file, String text) throws ConfigException {
    return new Parser().read(new Lexer(file, text), Optional.empty());
  }

  /**
   * The rest of a block whose {@code open} brace and the newline after it {@code lexer} has just
   * read; used for the dumptype blocks of a disklist. Returns after the closing brace, before
   * whatever follows it on that line.
   */
  public static Block parseBlockBody(Lexer lexer, Token open) throws ConfigException {
    List<Statement> body = new ArrayList<>();
    Token close = new Parser().statements(lexer, Optional.of(open), body, false);
    return new Block(open, body, close);
  }

  private List<Statement> read(Lexer lexer, Optional<Token> includedAt) throws ConfigException {
    reading.enter(lexer.file(), includedAt);
    List<Statement> statements = new ArrayList<>();
    statements(lexer, Optional.empty(), statements, true);
    reading.leave();
    return statements;
  }

  /**
   * Reads statements into {@code out} until the end of the file or, inside a block, its closing
   * brace, which it returns. The brace must end its line unless {@code closeEndsLine} is false.
   */
  private Token statements(
      Lexer lexer, Optional<Token> open, List<Statement> out, boolean closeEndsLine)
      throws ConfigException {
    while (true) {
      Token first = lexer.next();
      switch (first.kind()) {
        case NEWLINE -> {}
        case END -> {
          if (open.isPresent()) {
            throw new ConfigException(
                open.get().location(), "missing '}' to close the block opened here");
          }
          return first;
        }
        case RBRACE -> {
          if (open.isEmpty()) {
            throw new ConfigException(first.location(), "unexpected '}' outside a block");
          }
          if (closeEndsLine) {
            expectLineEnd(lexer, "'}'");
          }
          return first;
        }
        case LBRACE ->
            throw new ConfigException(
                first.location(), "unexpected '{': a block must follow a keyword on its line");
        default -> addStatement(lexer, first, open.isEmpty(), out);
      }
    }
  }

  private void addStatement(Lexer lexer, Token first, boolean topLevel, List<Statement> out)
      throws ConfigException {
    List<Token> tokens = new ArrayList<>();
    tokens.add(first);
    Optional<Block> block = Optional.empty();
    while (true) {
      Token token = lexer.next();
      if (token.endsStatement()) {
        if (token.is(TokenKind.END)) {
          lexer.pushBack(token);
        }
        break;
      }
      if (token.is(TokenKind.RBRACE)) {
        throw new ConfigException(token.location(), "'}' must be on a line of its own");
      }
      if (token.is(TokenKind.LBRACE)) {
        expectLineEnd(lexer, "'{'");
        List<Statement> body = new ArrayList<>();
        Token close = statements(lexer, Optional.of(token), body, true);
        block = Optional.of(new Block(token, body, close));
        break;
      }
      tokens.add(token);
    }
    if (topLevel && first.isWord("includefile") && block.isEmpty()) {
      out.addAll(include(lexer.file(), tokens));
    } else {
      out.add(new Statement(tokens, block));
    }
  }

  private List<Statement> include(Path from, List<Token> tokens) throws ConfigException {
    if (tokens.size() != 2 || !tokens.get(1).is(TokenKind.STRING)) {
      Token bad = tokens.size() > 1 ? tokens.get(1) : tokens.get(0);
      throw new ConfigException(
          bad.location(), "includefile needs one quoted file name, found " + rest(tokens));
    }
    Token name = tokens.get(1);
    return read(IncludeStack.open(from, name), Optional.of(name));
  }

  private static void expectLineEnd(Lexer lexer, String after) throws ConfigException {
    Token token = lexer.next();
    if (!token.endsStatement()) {
      throw new ConfigException(
          token.location(), "expected end of line after " + after + ", found " + token.excerpt());
    }
    if (token.is(TokenKind.END)) {
      lexer.pushBack(token);
    }
  }

  private static String rest(List<Token> tokens) {
    if (tokens.size() == 1) {
      return "nothing";
    }
    return tokens.get(1).is(TokenKind.STRING) ? "more than one name" : tokens.get(1).excerpt();
  }
}
