package org.jamanda.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jamanda.common.Quoting;
import org.jamanda.config.parse.Block;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Token;
import org.jamanda.config.parse.TokenKind;

/**
 * Value types that name another section, or define one inline with a block ({@code
 * read_dapplication}, {@code read_dpp_script}, {@code read_dinteractivity}... in conffile.c):
 *
 * <pre>
 * application "app_amgtar"        a defined application
 * application {                   an anonymous one, named custom(DUMPTYPE:name).N
 *     plugin "amstar"
 * }
 * </pre>
 *
 * <p>The value is the referenced section's name as it was defined; "" means none.
 */
final class ReferenceTypes {
  /** A dumptype's application; printed in double quotes, as amgetconf does. */
  static final ValueType<String> APPLICATION_REF =
      ValueType.<String>single(
              in -> reference(in, SectionKind.APPLICATION, dumptypePrefix(in)),
              name -> name.isEmpty() ? "" : Quoting.quoteAlways(name))
          .withBlock();

  /** A dumptype's scripts, kept sorted by their {@code order}; more lines add more scripts. */
  static final ValueType<List<String>> SCRIPT_REFS =
      ValueType.of(ReferenceTypes::scripts, CompositeTypes::identList)
          .inheriting(ReferenceTypes::mergeScripts, own -> false)
          .withBlock();

  static final ValueType<String> INTERACTIVITY_REF = plain(SectionKind.INTERACTIVITY, "custom(iv)");
  static final ValueType<String> TAPERSCAN_REF = plain(SectionKind.TAPERSCAN, "custom(ts)");
  static final ValueType<String> POLICY_REF = plain(SectionKind.POLICY, "custom(po)");

  private ReferenceTypes() {}

  private static ValueType<String> plain(SectionKind kind, String prefix) {
    return ValueType.<String>single(in -> reference(in, kind, prefix), name -> name).withBlock();
  }

  private static String dumptypePrefix(ValueReader<?> in) {
    return "custom(DUMPTYPE:" + in.context().currentSectionName() + ")";
  }

  private static String reference(ValueReader<String> in, SectionKind kind, String prefix)
      throws ConfigException {
    Optional<Block> block = in.block();
    if (block.isPresent()) {
      in.expectEnd();
      return in.context().defineAnonymous(kind, prefix, block.get()).name();
    }
    if (in.atEnd() || !in.peek().is(TokenKind.STRING)) {
      throw in.expected("a quoted " + kind.keyword() + " name or a block");
    }
    Token token = in.next();
    in.expectEnd();
    return token.text().isEmpty() ? "" : defined(in, kind, token).name();
  }

  private static List<String> scripts(ValueReader<List<String>> in) throws ConfigException {
    List<String> names = new ArrayList<>(in.current());
    Optional<Block> block = in.block();
    if (block.isPresent()) {
      in.expectEnd();
      Section script =
          in.context().defineAnonymous(SectionKind.SCRIPT, dumptypePrefix(in), block.get());
      insertByOrder(names, script.name(), in.context());
      return List.copyOf(names);
    }
    do {
      Token token = in.peek();
      if (in.atEnd() || !(token.is(TokenKind.STRING) || token.is(TokenKind.WORD))) {
        throw in.expected("a script name or a block");
      }
      in.next();
      if (token.text().isEmpty()) {
        names.clear();
      } else {
        insertByOrder(names, defined(in, SectionKind.SCRIPT, token).name(), in.context());
      }
    } while (!in.atEnd());
    return List.copyOf(names);
  }

  private static Section defined(ValueReader<?> in, SectionKind kind, Token name)
      throws ConfigException {
    return in.context()
        .lookup(kind, name.text())
        .orElseThrow(() -> in.error(name, "undefined " + kind.keyword() + " " + name.excerpt()));
  }

  /** {@code g_slist_insert_sorted}: before the first script whose order is not lower. */
  private static void insertByOrder(List<String> names, String name, ReadContext context) {
    int order = order(name, context);
    int at = 0;
    while (at < names.size() && order(names.get(at), context) < order) {
      at++;
    }
    names.add(at, name);
  }

  /** Inherited scripts come after the own ones, then all are sorted (stably) by order. */
  private static List<String> mergeScripts(
      List<String> own, List<String> parent, ReadContext context) {
    List<String> all = new ArrayList<>(CompositeTypes.concat(own, parent));
    all.sort(Comparator.comparingInt(name -> order(name, context)));
    return List.copyOf(all);
  }

  private static int order(String script, ReadContext context) {
    return context
        .lookup(SectionKind.SCRIPT, script)
        .map(s -> s.value(ScriptParameters.ORDER))
        .orElse(0);
  }
}
