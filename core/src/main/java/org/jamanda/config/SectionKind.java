package org.jamanda.config;

import org.jamanda.config.parse.Token;

/**
 * The kinds of section a configuration holds: the global settings and each kind of {@code define}
 * block. Each kind knows the words that name it in {@code define} and in amgetconf's {@code
 * TYPE:NAME:KEY} parameters.
 */
public enum SectionKind {
  GLOBAL("global"),
  DUMPTYPE("dumptype"),
  TAPETYPE("tapetype"),
  HOLDINGDISK("holdingdisk"),
  INTERFACE("interface"),
  APPLICATION("application", "application-tool"),
  SCRIPT("script", "script-tool"),
  DEVICE("device"),
  CHANGER("changer"),
  INTERACTIVITY("interactivity"),
  TAPERSCAN("taperscan"),
  POLICY("policy"),
  STORAGE("storage");

  private final String keyword;
  private final String alias;

  SectionKind(String keyword) {
    this(keyword, keyword);
  }

  SectionKind(String keyword, String alias) {
    this.keyword = keyword;
    this.alias = alias;
  }

  /** The word that names this kind in {@code define} and in messages. */
  public String keyword() {
    return keyword;
  }

  /** True when {@code word} names this kind (case and {@code -}/{@code _} aside). */
  public boolean isNamedBy(String word) {
    String folded = Token.fold(word);
    return this != GLOBAL
        && (Token.fold(keyword).equals(folded) || Token.fold(alias).equals(folded));
  }
}
