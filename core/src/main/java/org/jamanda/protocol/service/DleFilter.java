package org.jamanda.protocol.service;

import java.util.List;

/**
 * The exclude or include rules of a DLE: patterns given directly ({@code exclude file}) and files
 * that list patterns ({@code exclude list}). Immutable.
 *
 * <pre>
 * &lt;exclude&gt;
 *   &lt;file&gt;./tmp&lt;/file&gt;
 *   &lt;list&gt;.amanda.excludes&lt;/list&gt;
 *   &lt;optional&gt;YES&lt;/optional&gt;
 * &lt;/exclude&gt;
 * </pre>
 *
 * @param files the patterns ({@code <file>}, legacy {@code exclude-file=})
 * @param lists the files that hold patterns, relative to the disk unless absolute
 * @param optional true when a missing list file is no error
 */
public record DleFilter(List<String> files, List<String> lists, boolean optional) {
  /** No rules. */
  public static final DleFilter NONE = new DleFilter(List.of(), List.of(), false);

  public DleFilter {
    files = List.copyOf(files);
    lists = List.copyOf(lists);
  }

  /** True when there is no pattern and no list. */
  public boolean isEmpty() {
    return files.isEmpty() && lists.isEmpty();
  }
}
