package org.jamanda.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jamanda.config.parse.ConfigException;
import org.jamanda.config.parse.Token;
import org.jamanda.config.parse.TokenKind;

/**
 * Value types that are one or more keywords from a fixed set ({@code read_compress}, {@code
 * read_strategy}, {@code read_execute_on}... in conffile.c), printed in upper case as amgetconf
 * prints them.
 */
final class ChoiceTypes {
  static final ValueType<Compress> COMPRESS =
      ValueType.single(in -> ScalarTypes.finish(in, compress(in)), c -> c.name().replace('_', ' '));

  static final ValueType<Encrypt> ENCRYPT = choice(Encrypt.class, "none, client or server");

  /** A dumptype's {@code holdingdisk}: never/auto/required, or a boolean (yes is auto). */
  static final ValueType<HoldingDiskUse> HOLDING =
      ValueType.single(in -> ScalarTypes.finish(in, holding(in)), Enum::name);

  /** One or more of client, server and calcsize, in the order given. */
  static final ValueType<List<Estimate>> ESTIMATES =
      ValueType.single(
          in -> ScalarTypes.finish(in, estimates(in)),
          list -> list.stream().map(Enum::name).collect(Collectors.joining(" ")));

  static final ValueType<Strategy> STRATEGY =
      choice(Strategy.class, "skip, standard, nofull, noinc, hanoi or incronly");

  static final ValueType<TaperAlgo> TAPERALGO =
      choice(TaperAlgo.class, "first, firstfit, largest, largestfit, smallest or last");

  static final ValueType<SendAmreportOn> SEND_AMREPORT_ON =
      choice(SendAmreportOn.class, "all, strange, error or never");

  static final ValueType<DataPath> DATA_PATH = choice(DataPath.class, "amanda or directtcp");

  static final ValueType<PartCacheType> PART_CACHE_TYPE =
      choice(PartCacheType.class, "none, disk or memory");

  /** Moments separated by commas; printed in Amanda's fixed order, joined by ", ". */
  static final ValueType<Set<ExecuteOn>> EXECUTE_ON =
      ValueType.single(
          in -> ScalarTypes.finish(in, executeOn(in)),
          set ->
              set.stream()
                  .sorted()
                  .map(e -> e.name().replace('_', '-'))
                  .collect(Collectors.joining(", ")));

  static final ValueType<ExecuteWhere> EXECUTE_WHERE =
      choice(ExecuteWhere.class, "client or server");

  private ChoiceTypes() {}

  /** One keyword naming a constant of {@code type}, printed as the constant's name. */
  static <E extends Enum<E>> ValueType<E> choice(Class<E> type, String expected) {
    return ValueType.single(in -> ScalarTypes.finish(in, word(in, type, expected)), Enum::name);
  }

  /** Reads one keyword naming a constant of {@code type}. */
  static <E extends Enum<E>> E word(ValueReader<?> in, Class<E> type, String expected)
      throws ConfigException {
    Token token = in.peek();
    if (!in.atEnd() && token.is(TokenKind.WORD)) {
      for (E constant : type.getEnumConstants()) {
        if (token.isWord(constant.name())) {
          in.next();
          return constant;
        }
      }
    }
    throw in.expected(expected);
  }

  /**
   * {@code read_compress}: any of none, fast, best, custom and client, server; client is the
   * default side and fast the default method. Only one method and one side make sense.
   */
  private static Compress compress(ValueReader<Compress> in) throws ConfigException {
    Set<String> words = new HashSet<>();
    while (!in.atEnd()) {
      Token token = in.peek();
      String word = Token.fold(token.text());
      if (!token.is(TokenKind.WORD)
          || !List.of("NONE", "FAST", "BEST", "CUSTOM", "CLIENT", "SERVER").contains(word)) {
        throw in.expected(COMPRESS_WORDS);
      }
      words.add(word);
      in.next();
    }
    return combine(in, words);
  }

  private static final String COMPRESS_WORDS =
      "none, client fast, client best, client custom, server fast, server best or server custom";

  private static Compress combine(ValueReader<Compress> in, Set<String> words)
      throws ConfigException {
    boolean server = words.contains("SERVER");
    boolean client = words.contains("CLIENT") || !server;
    List<String> methods = new ArrayList<>(List.of("NONE", "FAST", "BEST", "CUSTOM"));
    methods.retainAll(words);
    String method = methods.isEmpty() ? "FAST" : methods.get(0);
    if (methods.size() > 1 || (client && server)) {
      throw in.rejectedValue("expected " + COMPRESS_WORDS);
    }
    if (method.equals("NONE")) {
      return Compress.NONE;
    }
    return Compress.valueOf((server ? "SERVER_" : "CLIENT_") + method);
  }

  private static HoldingDiskUse holding(ValueReader<HoldingDiskUse> in) throws ConfigException {
    for (HoldingDiskUse use : HoldingDiskUse.values()) {
      if (in.accept(use.name())) {
        return use;
      }
    }
    try {
      return in.bool() ? HoldingDiskUse.AUTO : HoldingDiskUse.NEVER;
    } catch (ConfigException e) {
      throw in.expected("never, auto, required, yes or no");
    }
  }

  private static List<Estimate> estimates(ValueReader<List<Estimate>> in) throws ConfigException {
    List<Estimate> estimates = new ArrayList<>();
    do {
      estimates.add(word(in, Estimate.class, "client, server or calcsize"));
    } while (!in.atEnd());
    return List.copyOf(estimates);
  }

  private static Set<ExecuteOn> executeOn(ValueReader<Set<ExecuteOn>> in) throws ConfigException {
    Set<ExecuteOn> moments = EnumSet.noneOf(ExecuteOn.class);
    do {
      moments.add(word(in, ExecuteOn.class, "a moment such as pre-dle-backup or post-amcheck"));
    } while (in.accept(TokenKind.COMMA));
    return Set.copyOf(moments);
  }
}
