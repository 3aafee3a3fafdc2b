package org.jamanda.config;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.jamanda.config.parse.Token;

/**
 * Hints for error messages about keywords: the nearest keyword to a misspelled one, and where a
 * keyword that is out of place belongs.
 */
final class Suggestions {
  private static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /** "; did you mean 'compress'?" when a parameter of {@code table} is close to {@code word}. */
  static String didYouMean(String word, ParameterTable table) {
    String folded = Token.fold(word);
    Optional<String> nearest =
        table.parameters().stream()
            .map(Parameter::name)
            .min(Comparator.comparingInt(name -> distance(folded, Token.fold(name))));
    return nearest
        .filter(name -> distance(folded, Token.fold(name)) <= MAX_DISTANCE)
        .map(name -> "; did you mean '" + name + "'?")
        .orElse("");
  }

  /** "; it belongs in a dumptype" when a kind of section has {@code word} as a parameter. */
  static String belongsIn(String word, boolean client) {
    for (SectionKind kind : SectionKind.values()) {
      Optional<ParameterTable> table = ParameterTable.forKind(kind, client);
      if (table.isPresent() && table.get().find(word).isPresent()) {
        return kind == SectionKind.GLOBAL
            ? "; it is a global keyword"
            : "; it belongs in a " + kind.keyword() + " definition";
      }
    }
    return "";
  }

  /** Levenshtein distance, ignoring case. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
