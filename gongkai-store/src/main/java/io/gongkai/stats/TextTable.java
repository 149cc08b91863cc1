package io.gongkai.stats;

import io.gongkai.output.TextWidth;
import java.util.ArrayList;
import java.util.List;

/** Rows of text in aligned columns for a terminal: the first {@code labels} columns left-aligned, the rest right. */
final class TextTable {
  private final List<String> header;
  private final int labels;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> header, int labels) {
    this.header = List.copyOf(header);
    this.labels = labels;
  }

  void row(List<String> cells) {
    rows.add(List.copyOf(cells));
  }

  void renderTo(StringBuilder out) {
    int[] widths = new int[header.size()];
    for (List<String> r : withHeader()) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], TextWidth.of(r.get(i)));
      }
    }
    for (List<String> r : withHeader()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        if (i > 0) {
          line.append("  ");
        }
        line.append(i < labels ? TextWidth.padRight(r.get(i), widths[i]) : TextWidth.padLeft(r.get(i), widths[i]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private List<List<String>> withHeader() {
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
