package org.jamanda.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jamanda.common.Quoting;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Token;
import org.jamanda.config.parse.TokenKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Value types made of several parts: lists, exclude/include lists, property lists, labels, host
 * limits, dump selections and vaults. Several of them add to the value they find ({@code append},
 * repeated {@code holdingdisk} or {@code dump-selection} lines), as their conffile.c readers do.
 */
final class CompositeTypes {
  private static final Logger log = LoggerFactory.getLogger(CompositeTypes.class);

  /** Quoted strings; {@code append} adds to the list. Printed quoted, nothing when empty. */
  static final ValueType<List<String>> STRING_LIST =
      ValueType.<List<String>>of(
              in -> ScalarTypes.finish(in, stringList(in)),
              list -> list.isEmpty() ? List.of() : List.of(quotedWords(list)))
          .inheriting((own, parent, context) -> concat(own, parent), own -> false);

  /** Storage names ({@code storage}, {@code vault-storage}); "" empties the list. */
  static final ValueType<List<String>> STORAGE_LIST =
      ValueType.of(in -> ScalarTypes.finish(in, storageList(in)), CompositeTypes::identList);

  /**
   * The global {@code holdingdisk} list. {@link ConfigReader} reads those lines itself, to keep
   * where each name was given; this type only prints the list.
   */
  static final ValueType<List<String>> HOLDINGDISK_LIST =
      ValueType.of(
          in -> {
            throw new IllegalStateException("holdingdisk lines are read by ConfigReader");
          },
          CompositeTypes::identList);

  /** {@code exclude [list|file] [optional] [append] "pattern"...}; printed as two lines. */
  static final ValueType<ExIncludeList> EXINCLUDE =
      ValueType.of(
          in -> ScalarTypes.finish(in, exinclude(in)),
          v -> List.of(exincludeLine("LIST", v.list(), v), exincludeLine("FILE", v.file(), v)));

  static final ValueType<HostLimit> HOST_LIMIT =
      ValueType.single(in -> ScalarTypes.finish(in, hostLimit(in)), CompositeTypes::hostLimitLine);

  static final ValueType<List<DumpSelection>> DUMP_SELECTION =
      ValueType.of(
          in -> ScalarTypes.finish(in, dumpSelection(in)),
          list -> list.stream().map(CompositeTypes::selectionLine).toList());

  static final ValueType<List<Vault>> VAULTS =
      ValueType.of(
          in -> ScalarTypes.finish(in, vaults(in)),
          list ->
              list.stream().map(v -> Quoting.quoteAlways(v.storage()) + " " + v.days()).toList());

  static final ValueType<Autolabel> AUTOLABEL =
      ValueType.single(in -> ScalarTypes.finish(in, autolabel(in)), CompositeTypes::autolabelLine);

  static final ValueType<LabelStr> LABELSTR =
      ValueType.single(
          in -> ScalarTypes.finish(in, labelstr(in)),
          v ->
              v.matchAutolabel()
                  ? "MATCH-AUTOLABEL"
                  : Quoting.quoteAlways(v.template().orElse("")));

  /** Properties that are hidden from clients unless marked {@code visible}. */
  static final ValueType<PropertyList> HIDDEN_PROPERTIES = PropertyTypes.properties(false);

  /** Properties that are sent to clients unless marked {@code hidden}. */
  static final ValueType<PropertyList> VISIBLE_PROPERTIES = PropertyTypes.properties(true);

  private CompositeTypes() {}

  /** An identifier list as amgetconf prints it: names joined by spaces, or {@code ""}. */
  static List<String> identList(List<String> names) {
    return List.of(names.isEmpty() ? "\"\"" : String.join(" ", names));
  }

  static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  private static String quotedWords(List<String> words) {
    return words.stream().map(Quoting::quoteAlways).collect(Collectors.joining(" "));
  }

  private static List<String> stringList(ValueReader<List<String>> in) throws ConfigException {
    List<String> list = in.accept("append") ? new ArrayList<>(in.current()) : new ArrayList<>();
    while (!in.atEnd() && in.peek().is(TokenKind.STRING)) {
      list.add(in.next().text());
    }
    if (!in.atEnd()) {
      throw in.expected("a quoted string");
    }
    return List.copyOf(list);
  }

  private static List<String> storageList(ValueReader<List<String>> in) throws ConfigException {
    List<String> list = new ArrayList<>();
    while (!in.atEnd() && (in.peek().is(TokenKind.STRING) || in.peek().is(TokenKind.WORD))) {
      String name = in.next().text();
      if (name.isEmpty()) {
        list.clear();
      } else {
        list.add(name);
      }
    }
    if (!in.atEnd()) {
      throw in.expected("a storage name");
    }
    return List.copyOf(list);
  }

  /** {@code read_exinclude}: the {@code optional} flag is set or cleared by every statement. */
  private static ExIncludeList exinclude(ValueReader<ExIncludeList> in) throws ConfigException {
    boolean isList = in.accept("list");
    if (!isList) {
      in.accept("file");
    }
    boolean optional = in.accept("optional");
    ExIncludeList current = in.current();
    List<String> patterns = new ArrayList<>();
    if (in.accept("append")) {
      patterns.addAll(isList ? current.list() : current.file());
    }
    boolean gotOne = false;
    while (!in.atEnd() && in.peek().is(TokenKind.STRING)) {
      patterns.add(in.next().text());
      gotOne = true;
    }
    if (!in.atEnd()) {
      throw in.expected("a quoted pattern or file name");
    }
    // Amanda empties the list when no pattern follows, even after "append".
    List<String> kept = gotOne ? patterns : List.of();
    return isList
        ? new ExIncludeList(kept, current.file(), optional)
        : new ExIncludeList(current.list(), kept, optional);
  }

  private static String exincludeLine(String kind, List<String> patterns, ExIncludeList value) {
    StringBuilder line = new StringBuilder(kind);
    if (value.optional()) {
      line.append(" OPTIONAL");
    }
    for (String pattern : patterns) {
      line.append(' ').append(Quoting.quoteAlways(pattern));
    }
    return line.toString();
  }

  /** {@code read_host_limit}: starts from nothing, then same-host, server and host names. */
  private static HostLimit hostLimit(ValueReader<HostLimit> in) throws ConfigException {
    boolean sameHost = false;
    boolean server = false;
    List<String> patterns = new ArrayList<>();
    while (!in.atEnd()) {
      if (in.accept("same-host")) {
        sameHost = true;
      } else if (in.accept("server")) {
        server = true;
      } else if (in.peek().is(TokenKind.STRING)) {
        patterns.add(in.next().text());
      } else {
        throw in.expected("same-host, server or a quoted host name");
      }
    }
    return new HostLimit(sameHost, server, patterns);
  }

  private static String hostLimitLine(HostLimit limit) {
    StringBuilder line = new StringBuilder();
    if (limit.sameHost()) {
      line.append("SAME-HOST ");
    }
    if (limit.server()) {
      line.append("SERVER ");
    }
    for (String pattern : limit.patterns()) {
      line.append(Quoting.quoteAlways(pattern)).append(' ');
    }
    return line.toString();
  }

  /** {@code read_dump_selection}: a line replaces the one with the same tag, else is added. */
  private static List<DumpSelection> dumpSelection(ValueReader<List<DumpSelection>> in)
      throws ConfigException {
    if (in.atEnd()) {
      return List.of();
    }
    DumpSelection selection = new DumpSelection(tag(in), tagName(in), level(in));
    List<DumpSelection> list = new ArrayList<>();
    boolean replaced = false;
    for (DumpSelection old : in.current()) {
      boolean same = old.tag() == selection.tag() && old.tagName().equals(selection.tagName());
      list.add(same ? selection : old);
      replaced |= same;
    }
    if (!replaced) {
      list.add(selection);
    }
    return selection.tagName().filter(String::isEmpty).isPresent() ? List.of() : List.copyOf(list);
  }

  private static DumpSelection.Tag tag(ValueReader<?> in) throws ConfigException {
    if (in.peek().is(TokenKind.STRING) && !in.atEnd()) {
      return DumpSelection.Tag.NAME;
    }
    if (in.accept("all")) {
      return DumpSelection.Tag.ALL;
    }
    if (in.accept("other")) {
      return DumpSelection.Tag.OTHER;
    }
    throw in.expected("a quoted tag, all or other");
  }

  private static Optional<String> tagName(ValueReader<?> in) {
    return in.peek().is(TokenKind.STRING) && !in.atEnd()
        ? Optional.of(in.next().text())
        : Optional.empty();
  }

  private static DumpSelection.Level level(ValueReader<?> in) throws ConfigException {
    return ChoiceTypes.word(in, DumpSelection.Level.class, "all, full or incr");
  }

  private static String selectionLine(DumpSelection selection) {
    String tag =
        selection.tag() == DumpSelection.Tag.NAME
            ? Quoting.quoteAlways(selection.tagName().orElse(""))
            : selection.tag().name();
    return tag + " " + selection.level().name();
  }

  /** {@code read_vault_list}: a storage already listed gets the new number of days. */
  private static List<Vault> vaults(ValueReader<List<Vault>> in) throws ConfigException {
    List<Vault> list = new ArrayList<>(in.current());
    boolean any = false;
    while (!in.atEnd() && (in.peek().is(TokenKind.STRING) || in.peek().is(TokenKind.WORD))) {
      Vault vault = new Vault(in.next().text(), (int) in.integer(0, Integer.MAX_VALUE, false));
      int at = indexOfStorage(list, vault.storage());
      if (at >= 0) {
        list.set(at, vault);
      } else {
        list.add(vault);
      }
      any = true;
    }
    return any ? List.copyOf(list) : List.of();
  }

  private static int indexOfStorage(List<Vault> list, String storage) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).storage().equals(storage)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code read_autolabel}: [template] then kinds of volume; a template alone means two. */
  private static Autolabel autolabel(ValueReader<Autolabel> in) throws ConfigException {
    Optional<String> template = in.current().template();
    boolean any = false;
    if (!in.atEnd() && in.peek().is(TokenKind.STRING)) {
      template = Optional.of(in.next().text());
      any = true;
    }
    Set<AutolabelCondition> conditions = EnumSet.noneOf(AutolabelCondition.class);
    while (!in.atEnd()) {
      any = true;
      if (in.accept("any")) {
        conditions.addAll(EnumSet.allOf(AutolabelCondition.class));
      } else {
        conditions.add(
            ChoiceTypes.word(
                in,
                AutolabelCondition.class,
                "any, other-config, non-amanda, volume-error or empty"));
      }
    }
    if (!any) {
      return Autolabel.NONE;
    }
    if (conditions.isEmpty()) {
      conditions = EnumSet.of(AutolabelCondition.VOLUME_ERROR, AutolabelCondition.EMPTY);
    }
    return new Autolabel(template, conditions);
  }

  private static String autolabelLine(Autolabel autolabel) {
    StringBuilder line = new StringBuilder(Quoting.quoteAlways(autolabel.template().orElse("")));
    for (AutolabelCondition condition : AutolabelCondition.values()) {
      if (autolabel.conditions().contains(condition)) {
        line.append(' ').append(condition.name().replace('_', '-'));
      }
    }
    return line.toString();
  }

  private static LabelStr labelstr(ValueReader<LabelStr> in) throws ConfigException {
    if (in.accept("match-autolabel")) {
      return LabelStr.MATCH_AUTOLABEL;
    }
    String regex = in.string();
    if (Token.fold(regex).equals("MATCH_AUTOLABEL")) {
      log.warn(
          "labelstr is a quoted string, not the keyword match-autolabel location={} value={}",
          in.keyword().location(),
          regex);
    }
    return LabelStr.of(regex);
  }
}
