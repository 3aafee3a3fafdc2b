package org.jamanda.config;

import java.util.List;

/**
 * A dumptype's {@code exclude} or {@code include}: patterns given inline ({@code list}), files of
 * patterns ({@code file}), and whether missing files are fine ({@code optional}). Amanda's {@code
 * exinclude_t}. Immutable.
 */
public record ExIncludeList(List<String> list, List<String> file, boolean optional) {
  /** No patterns at all. */
  public static final ExIncludeList EMPTY = new ExIncludeList(List.of(), List.of(), false);

  public ExIncludeList {
    list = List.copyOf(list);
    file = List.copyOf(file);
  }

  public boolean isEmpty() {
    return list.isEmpty() && file.isEmpty();
  }
}
