package org.jamanda.net.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns; the last column is left unpadded so long notes do not
 * widen the table. Not thread-safe.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  /** A table whose column {@code i} is right-aligned when {@code rightAligned[i]}. */
  TextTable(boolean... rightAligned) {
    this.rightAligned = rightAligned.clone();
  }

  TextTable row(String... cells) {
    if (cells.length != rightAligned.length) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + rightAligned.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /** Appends every row to {@code out}, each after {@code indent} and ending in a newline. */
  void appendTo(StringBuilder out, String indent) {
    int[] widths = widths();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        boolean last = i == row.length - 1;
        line.append(i == 0 ? "" : "  ").append(last ? row[i] : pad(row[i], widths[i], i));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private int[] widths() {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    return widths;
  }

  private String pad(String cell, int width, int column) {
    String fill = " ".repeat(width - cell.length());
    return rightAligned[column] ? fill + cell : cell + fill;
  }
}
