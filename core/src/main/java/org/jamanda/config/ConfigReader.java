package org.jamanda.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jamanda.config.parse.Block;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Location;
import org.jamanda.config.parse.Statement;
import org.jamanda.config.parse.Token;
import org.jamanda.config.parse.TokenKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives parsed statements their meaning, as {@code read_confline} and {@code read_block} in
 * Amanda's conffile.c do: keywords set parameters of the global section, {@code define} blocks make
 * sections, a bare name inside a block inherits from the section of that name.
 *
 * <p>Statements take effect in order. Inheriting copies every value the parent set over what the
 * block set before (values set after the name win), and a dumptype's dumpcycle, maxdumps and bump
 * settings start from the global values at the point of its definition. Setting a global value
 * twice is allowed and the last one wins, as in the per-configuration file Amanda programs read.
 *
 * <p>Not thread-safe; one per configuration load.
 */
final class ConfigReader implements ReadContext {
  private static final Logger log = LoggerFactory.getLogger(ConfigReader.class);

  /** Keywords that still work but that Amanda 3.5 warns about. */
  private static final Set<String> DEPRECATED =
      Set.of(
          "label-new-tapes",
          "amrecover-do-fsf",
          "amrecover-check-label",
          "tape-splitsize",
          "split-diskbuffer",
          "fallback-splitsize",
          "usetimestamps");

  /** Keywords Amanda no longer accepts ({@code handle_invalid_keyword}). */
  private static final Set<String> REMOVED = Set.of("RAWTAPEDEV", "TAPEBUFS", "FILE_PAD");

  private final ConfigState state;
  private final Set<String> warned = new HashSet<>();
  private String currentSection = "";

  ConfigReader(ConfigState state) {
    this.state = state;
  }

  /** Applies the top-level statements of one file. */
  void read(List<Statement> statements) throws ConfigException {
    for (Statement statement : statements) {
      topLevel(statement);
    }
  }

  @Override
  public boolean isClient() {
    return state.isClient();
  }

  @Override
  public Optional<Section> lookup(SectionKind kind, String name) {
    return state.lookup(kind, name);
  }

  @Override
  public Section defineAnonymous(SectionKind kind, String prefix, Block block)
      throws ConfigException {
    // custom_escape: a '/' would make trouble in the file names built from these.
    String name = (prefix + "." + state.nextAnonymous()).replace('/', '_');
    Section section = readSection(kind, name, block, block.open().location());
    state.define(section, block.open());
    return section;
  }

  @Override
  public String currentSectionName() {
    return currentSection;
  }

  /** Reads a block as a new section of {@code kind}; the disklist uses it for its dumptypes. */
  Section readSection(SectionKind kind, String name, Block block, Location at)
      throws ConfigException {
    SectionBuilder section = newSection(kind, name, at);
    String outer = currentSection;
    currentSection = name;
    for (Statement statement : block.statements()) {
      inSection(section, statement);
    }
    currentSection = outer;
    if (kind == SectionKind.TAPETYPE
        && section.get(TapetypeParameters.READBLOCKSIZE)
            < section.get(TapetypeParameters.BLOCKSIZE)) {
      section.setDefault(
          TapetypeParameters.READBLOCKSIZE, section.get(TapetypeParameters.BLOCKSIZE));
    }
    return section.build();
  }

  private void topLevel(Statement statement) throws ConfigException {
    Token first = statement.first();
    if (first.isWord("define")) {
      define(statement);
      return;
    }
    if (!first.is(TokenKind.WORD)) {
      throw error(first, "expected a keyword, found " + first.excerpt());
    }
    checkKeyword(first, SectionKind.GLOBAL);
    if (!isClient() && first.isWord("holdingdisk")) {
      holdingDisk(statement);
      return;
    }
    ParameterTable table = table(SectionKind.GLOBAL);
    Parameter<?> parameter =
        table.find(first.text()).orElseThrow(() -> error(first, misplaced(first, table)));
    read(state.globals(), parameter, statement);
  }

  private void define(Statement statement) throws ConfigException {
    List<Token> tokens = statement.tokens();
    if (tokens.size() < 2) {
      throw error(
          statement.first(), "define needs a kind and a name, as in 'define dumptype NAME {'");
    }
    SectionKind kind = definedKind(tokens.get(1));
    if (tokens.size() < 3) {
      throw error(tokens.get(1), "define " + kind.keyword() + " needs a name");
    }
    Token name = tokens.get(2);
    if (tokens.size() > 3) {
      throw error(tokens.get(3), "unexpected " + tokens.get(3).excerpt() + " after the name");
    }
    Block block = statement.block().orElseThrow(() -> error(name, needsBlock(kind, name)));
    checkName(kind, name);
    state.define(readSection(kind, name.text(), block, statement.location()), name);
  }

  private SectionKind definedKind(Token word) throws ConfigException {
    Set<SectionKind> kinds =
        isClient()
            ? EnumSet.of(SectionKind.APPLICATION, SectionKind.SCRIPT)
            : EnumSet.complementOf(EnumSet.of(SectionKind.GLOBAL));
    for (SectionKind kind : kinds) {
      if (word.is(TokenKind.WORD) && kind.isNamedBy(word.text())) {
        return kind;
      }
    }
    String expected = kinds.stream().map(SectionKind::keyword).collect(Collectors.joining(", "));
    throw error(word, "unknown kind of definition " + word.excerpt() + "; expected " + expected);
  }

  /**
   * {@code holdingdisk NAME} followed by a block defines a holding disk and uses it; {@code
   * holdingdisk NAME...} uses holding disks defined before or after.
   */
  private void holdingDisk(Statement statement) throws ConfigException {
    List<Token> tokens = statement.tokens();
    SectionBuilder globals = state.globals();
    List<String> inUse = new ArrayList<>(globals.get(GlobalParameters.HOLDINGDISK));
    if (statement.block().isPresent()) {
      if (tokens.size() != 2) {
        Token bad = tokens.size() > 2 ? tokens.get(2) : tokens.get(0);
        throw error(bad, "holdingdisk needs exactly one name before its block");
      }
      Token name = tokens.get(1);
      checkName(SectionKind.HOLDINGDISK, name);
      Section disk =
          readSection(
              SectionKind.HOLDINGDISK, name.text(), statement.block().get(), statement.location());
      state.define(disk, name);
      useHoldingDisk(inUse, name, false);
    } else {
      if (tokens.size() < 2) {
        throw error(tokens.get(0), "missing value for 'holdingdisk': expected a holding disk name");
      }
      for (Token name : tokens.subList(1, tokens.size())) {
        useHoldingDisk(inUse, name, true);
      }
    }
    globals.set(GlobalParameters.HOLDINGDISK, List.copyOf(inUse), statement.location());
  }

  private void useHoldingDisk(List<String> inUse, Token name, boolean checkTwice)
      throws ConfigException {
    if (!name.is(TokenKind.WORD) && !name.is(TokenKind.STRING)) {
      throw error(name, "bad value " + name.excerpt() + " for 'holdingdisk': expected a name");
    }
    if (checkTwice && inUse.contains(name.text())) {
      throw error(name, "holding disk " + name.excerpt() + " is already in use");
    }
    inUse.add(name.text());
    state.holdingDisksInUse().putIfAbsent(name.text(), name.location());
  }

  private void inSection(SectionBuilder section, Statement statement) throws ConfigException {
    Token first = statement.first();
    ParameterTable table = table(section.kind());
    if (first.is(TokenKind.WORD) && Keywords.isKeyword(first.text(), isClient())) {
      checkKeyword(first, section.kind());
      Parameter<?> parameter =
          table.find(first.text()).orElseThrow(() -> error(first, misplaced(first, table)));
      read(section, parameter, statement);
      return;
    }
    if (!first.is(TokenKind.WORD) && !first.is(TokenKind.STRING)) {
      throw error(
          first, "expected a " + section.kind().keyword() + " option, found " + first.excerpt());
    }
    if (statement.tokens().size() > 1 || statement.block().isPresent()) {
      throw error(first, unknownOption(first, table));
    }
    Section parent =
        lookup(section.kind(), first.text())
            .orElseThrow(
                () ->
                    error(
                        first,
                        "cannot inherit from undefined "
                            + section.kind().keyword()
                            + " "
                            + first.excerpt()));
    section.inherit(parent, first.location(), this);
  }

  private <T> void read(SectionBuilder section, Parameter<T> parameter, Statement statement)
      throws ConfigException {
    Optional<Block> block = statement.block();
    if (block.isPresent() && !parameter.type().takesBlock()) {
      throw error(block.get().open(), "'" + parameter.name() + "' takes no block");
    }
    ValueReader<T> in = new ValueReader<>(parameter, statement, section.get(parameter), this);
    T value = parameter.type().read(in);
    Parameter.Checked<T> checked = parameter.validate(value);
    if (checked.problem().isPresent()) {
      throw badValue(statement, parameter, checked.problem().get());
    }
    if (parameter.type().readMarksSeen()) {
      section.set(parameter, checked.value(), statement.location());
    } else {
      section.setDefault(parameter, checked.value());
    }
    if (!ActedOnKeywords.isActedOn(section.kind(), parameter.name())) {
      String where =
          section.kind() == SectionKind.GLOBAL
              ? "global"
              : section.kind().keyword() + " " + section.name();
      state.ignored().add(new IgnoredKeyword(where, parameter.name(), statement.location()));
    }
  }

  private void checkKeyword(Token word, SectionKind kind) throws ConfigException {
    String folded = Token.fold(word.text());
    if (REMOVED.contains(folded)) {
      throw error(word, "keyword " + word.excerpt() + " is no longer supported");
    }
    if (!Keywords.isKeyword(word.text(), isClient())) {
      throw error(word, unknownOption(word, table(kind)));
    }
    String name = word.text().toLowerCase(Locale.ROOT).replace('_', '-');
    if (DEPRECATED.contains(name) && warned.add(name)) {
      log.warn(
          "deprecated keyword, Amanda 3.5 still reads it location={} keyword={}",
          word.location(),
          name);
    }
  }

  private SectionBuilder newSection(SectionKind kind, String name, Location at) {
    SectionBuilder section =
        new SectionBuilder(table(kind), name, Optional.of(at), state.configRoot());
    if (kind == SectionKind.DUMPTYPE) {
      // init_dumptype_defaults copies these from the global values read so far.
      SectionBuilder globals = state.globals();
      section.setDefault(DumptypeParameters.DUMPCYCLE, globals.get(GlobalParameters.DUMPCYCLE));
      section.setDefault(DumptypeParameters.MAXDUMPS, globals.get(GlobalParameters.MAXDUMPS));
      section.setDefault(DumptypeParameters.BUMPPERCENT, globals.get(GlobalParameters.BUMPPERCENT));
      section.setDefault(DumptypeParameters.BUMPSIZE, globals.get(GlobalParameters.BUMPSIZE));
      section.setDefault(DumptypeParameters.BUMPDAYS, globals.get(GlobalParameters.BUMPDAYS));
      section.setDefault(DumptypeParameters.BUMPMULT, globals.get(GlobalParameters.BUMPMULT));
    }
    return section;
  }

  private ParameterTable table(SectionKind kind) {
    return ParameterTable.forKind(kind, isClient()).orElseThrow();
  }

  private void checkName(SectionKind kind, Token name) throws ConfigException {
    if (!name.is(TokenKind.WORD) && !name.is(TokenKind.STRING)) {
      throw error(name, "bad " + kind.keyword() + " name " + name.excerpt());
    }
    if (name.text().contains(" ") || name.text().contains("\"")) {
      throw error(
          name,
          kind.keyword()
              + " name "
              + name.excerpt()
              + " must not contain a space or a double quote");
    }
  }

  private ConfigException badValue(Statement statement, Parameter<?> parameter, String problem) {
    return new ValueReader<>(parameter, statement, null, this).rejectedValue(problem);
  }

  private String unknownOption(Token word, ParameterTable table) {
    String what =
        table.kind() == SectionKind.GLOBAL
            ? "unknown keyword "
            : "unknown " + table.kind().keyword() + " option ";
    return what + word.excerpt() + Suggestions.didYouMean(word.text(), table);
  }

  private String misplaced(Token word, ParameterTable table) {
    String where =
        table.kind() == SectionKind.GLOBAL ? "at the top level" : "in a " + table.kind().keyword();
    return word.excerpt()
        + " is not allowed "
        + where
        + Suggestions.belongsIn(word.text(), isClient());
  }

  private static String needsBlock(SectionKind kind, Token name) {
    return "define "
        + kind.keyword()
        + " "
        + name.excerpt()
        + " needs a block: '{' at the end of the line";
  }

  private static ConfigException error(Token at, String message) {
    return new ConfigException(at.location(), message);
  }
}
