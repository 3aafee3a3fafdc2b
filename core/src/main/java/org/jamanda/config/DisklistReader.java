package org.jamanda.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jamanda.config.parse.Block;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.IncludeStack;
import org.jamanda.config.parse.Lexer;
import org.jamanda.config.parse.Parser;
import org.jamanda.config.parse.Token;
import org.jamanda.config.parse.TokenKind;

/**
 * Reads a disklist as {@code parse_diskline} in Amanda's diskfile.c does. Each line is
 *
 * <pre>
 * host  diskname  [diskdevice]  dumptype  [spindle [interface]]
 * host  diskname  [diskdevice]  {                     an inline dumptype: options, or names of
 *     comp-user-tar                                   dumptypes to inherit from, one per line
 *     compress server fast
 * }  [spindle [interface]]
 * </pre>
 *
 * <p>Words are separated by blanks and may be quoted; {@code #} starts a comment; a backslash at
 * the end of a line joins the next. A third word that names a dumptype is the dumptype, otherwise
 * it is the disk device and the dumptype follows. {@code includefile "name"} reads another
 * disklist, relative to the including one.
 *
 * <p>Not thread-safe; one per disklist read.
 */
final class DisklistReader {
  private final ServerConfig config;
  private final ConfigState state;
  private final ConfigReader reader;
  private final DleChecks checks;
  private final IncludeStack reading = new IncludeStack();
  private final List<Dle> entries = new ArrayList<>();

  DisklistReader(ServerConfig config) {
    this.config = config;
    this.state = ConfigState.continuing(config);
    this.reader = new ConfigReader(state);
    this.checks = new DleChecks(state::lookup);
  }

  Disklist read(Path file) throws ConfigException {
    readFile(Lexer.open(file), Optional.empty());
    return new Disklist(file, entries, newSections());
  }

  private void readFile(Lexer lexer, Optional<Token> includedAt) throws ConfigException {
    reading.enter(lexer.file(), includedAt);
    for (Token first = lexer.nextWord(); !first.is(TokenKind.END); first = lexer.nextWord()) {
      if (first.is(TokenKind.NEWLINE)) {
        continue;
      }
      // diskfile.c compares with g_str_equal: only the lower-case spelling includes.
      if (first.raw().equals("includefile")) {
        include(lexer, first);
      } else {
        Dle dle = entry(lexer, first);
        checks.add(dle);
        entries.add(dle);
      }
    }
    reading.leave();
  }

  private void include(Lexer lexer, Token keyword) throws ConfigException {
    Token name = lexer.nextWord();
    if (name.endsStatement()) {
      throw new ConfigException(keyword.location(), "includefile needs a file name");
    }
    endOfLine(lexer, "after the included file name");
    Token quoted = new Token(TokenKind.STRING, name.text(), name.raw(), name.location());
    readFile(IncludeStack.open(lexer.file(), quoted), Optional.of(quoted));
  }

  private Dle entry(Lexer lexer, Token host) throws ConfigException {
    Token disk = word(lexer, host, "missing disk name after host " + host.excerpt());
    if (disk.text().isEmpty()) {
      throw new ConfigException(disk.location(), "empty disk name");
    }
    Token third = word(lexer, disk, "missing dumptype after disk " + disk.excerpt());
    Optional<String> device = Optional.empty();
    Token dumptypeName = third;
    if (!isOpenBrace(third) && state.lookup(SectionKind.DUMPTYPE, third.text()).isEmpty()) {
      if (third.text().isEmpty()) {
        throw new ConfigException(third.location(), "empty disk device");
      }
      device = Optional.of(third.text());
      dumptypeName = word(lexer, third, "undefined dumptype " + third.excerpt());
    }
    Section dumptype =
        isOpenBrace(dumptypeName)
            ? inlineDumptype(lexer, host, disk, dumptypeName)
            : defined(dumptypeName);
    return tail(
        lexer, new Dle(host.text(), disk.text(), device, dumptype, -1, "default", host.location()));
  }

  /** The optional spindle and interface after the dumptype, then the end of the line. */
  private Dle tail(Lexer lexer, Dle dle) throws ConfigException {
    Token spindle = lexer.nextWord();
    if (spindle.endsStatement()) {
      return dle;
    }
    if (!spindle.text().matches("-?[0-9]{1,9}")) {
      throw new ConfigException(
          spindle.location(), "spindle must be an integer, found " + spindle.excerpt());
    }
    Token iface = lexer.nextWord();
    String interfaceName = dle.interfaceName();
    if (!iface.endsStatement()) {
      interfaceName =
          state
              .lookup(SectionKind.INTERFACE, iface.text())
              .orElseThrow(
                  () ->
                      new ConfigException(
                          iface.location(), "undefined network interface " + iface.excerpt()))
              .name();
      endOfLine(lexer, "after the interface");
    }
    return new Dle(
        dle.host(),
        dle.diskName(),
        dle.diskDevice(),
        dle.dumptype(),
        Integer.parseInt(spindle.text()),
        interfaceName,
        dle.location());
  }

  private Section inlineDumptype(Lexer lexer, Token host, Token disk, Token brace)
      throws ConfigException {
    Token after = lexer.nextWord();
    if (!after.endsStatement()) {
      throw new ConfigException(
          after.location(), "expected end of line after '{', found " + after.excerpt());
    }
    if (after.is(TokenKind.END)) {
      lexer.pushBack(after);
    }
    Block block = Parser.parseBlockBody(lexer, brace);
    String prefix = "custom(" + host.text() + ":" + disk.text() + ")";
    String name = (prefix + "." + state.nextAnonymous()).replace('/', '_');
    Section dumptype = reader.readSection(SectionKind.DUMPTYPE, name, block, brace.location());
    state.define(dumptype, brace);
    return dumptype;
  }

  private Section defined(Token name) throws ConfigException {
    return state
        .lookup(SectionKind.DUMPTYPE, name.text())
        .orElseThrow(
            () -> new ConfigException(name.location(), "undefined dumptype " + name.excerpt()));
  }

  /**
   * The next word of the line; {@code message} if the line ends first, reported at {@code after}.
   */
  private static Token word(Lexer lexer, Token after, String message) throws ConfigException {
    Token token = lexer.nextWord();
    if (token.endsStatement()) {
      throw new ConfigException(after.location(), message);
    }
    return token;
  }

  private static void endOfLine(Lexer lexer, String where) throws ConfigException {
    Token token = lexer.nextWord();
    if (!token.endsStatement()) {
      throw new ConfigException(token.location(), "unexpected " + token.excerpt() + " " + where);
    }
    if (token.is(TokenKind.END)) {
      lexer.pushBack(token);
    }
  }

  private static boolean isOpenBrace(Token word) {
    return word.raw().equals("{");
  }

  /** Sections the disklist defined: its inline dumptypes and what they define inline. */
  private List<Section> newSections() {
    List<Section> added = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      Set<String> known = new HashSet<>();
      config.sections(kind).forEach(s -> known.add(s.name().toUpperCase(Locale.ROOT)));
      for (Section section : state.sections(kind)) {
        if (!known.contains(section.name().toUpperCase(Locale.ROOT))) {
          added.add(section);
        }
      }
    }
    return added;
  }
}
