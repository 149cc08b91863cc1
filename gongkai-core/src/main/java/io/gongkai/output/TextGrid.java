package io.gongkai.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A grid of text laid out in aligned columns: a label column on the left, value columns right-aligned like figures in
 * the printed tables. Lines with no values (group labels of the template) span the whole width.
 */
final class TextGrid {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextGrid(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** A data row: the label then one entry per value column. */
  void row(List<String> cells) {
    rows.add(List.copyOf(cells));
  }

  /** A label-only line. */
  void caption(String label) {
    rows.add(List.of(label));
  }

  void renderTo(StringBuilder out, String indent) {
    int[] widths = widths();
    line(out, indent, header, widths);
    for (List<String> row : rows) {
      if (row.size() == 1) {
        out.append(indent).append(row.get(0)).append('\n');
      } else {
        line(out, indent, row, widths);
      }
    }
  }

  private int[] widths() {
    int[] widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = TextWidth.of(header.get(i));
    }
    for (List<String> row : rows) {
      if (row.size() > 1) {
        for (int i = 0; i < row.size() && i < widths.length; i++) {
          widths[i] = Math.max(widths[i], TextWidth.of(row.get(i)));
        }
      }
    }
    return widths;
  }

  private static void line(StringBuilder out, String indent, List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      if (i == 0) {
        b.append(TextWidth.padRight(cells.get(i), widths[i]));
      } else {
        b.append("  ").append(TextWidth.padLeft(cells.get(i), widths[i]));
      }
    }
    out.append(b.toString().stripTrailing()).append('\n');
  }
}
