package org.jamanda.config;

import java.util.Optional;

/**
 * The {@code labelstr} setting: a regular expression volume labels must match, or {@code
 * MATCH-AUTOLABEL} (labels must match the autolabel template). Immutable.
 */
public record LabelStr(Optional<String> template, boolean matchAutolabel) {
  /** Amanda's default: match the autolabel template. */
  public static final LabelStr MATCH_AUTOLABEL = new LabelStr(Optional.empty(), true);

  /** A plain regular expression. */
  public static LabelStr of(String regex) {
    return new LabelStr(Optional.of(regex), false);
  }
}
