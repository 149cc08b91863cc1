package io.gongkai.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * How a fixture prints a table: which cells are merged, column widths, and each cell's text wrapped to its width.
 * Merges follow the look of real reports: a header or label cell reaches right over the empty cells after it, and a
 * header cell reaches down over the empty cells below it in the header, a label cell over those of its label column.
 */
final class FixtureTable {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,.]*[^\\d]{0,2}|[/\\-—无]");

  final List<List<String>> rows;
  final int[][] owner;
  final double[] widths;
  /** The text each anchor cell prints, with line breaks where it wraps; null for covered slots. */
  final String[][] printed;
  final int headerRows;

  FixtureTable(List<List<String>> rows, PDFont font, double size, double maxWidth, double padding) throws IOException {
    this.rows = rows;
    int labels = labelColumns(rows);
    this.headerRows = headerRows(rows);
    this.owner = plan(rows, labels, headerRows);
    this.widths = new double[rows.get(0).size()];
    this.printed = new String[rows.size()][widths.length];
    fit(font, size, maxWidth, padding);
  }

  int cols() {
    return widths.length;
  }

  /** Whether slot (r, c) is the top-left slot of its cell. */
  boolean anchor(int r, int c) {
    return owner[r][c] == r * cols() + c;
  }

  int lastRow(int r, int c) {
    int last = r;
    while (last + 1 < rows.size() && owner[last + 1][c] == owner[r][c]) {
      last++;
    }
    return last;
  }

  int lastCol(int r, int c) {
    int last = c;
    while (last + 1 < cols() && owner[r][last + 1] == owner[r][c]) {
      last++;
    }
    return last;
  }

  private static int labelColumns(List<List<String>> rows) {
    int labels = rows.get(0).size();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        if (NUMBER.matcher(row.get(c)).matches()) {
          labels = Math.min(labels, c);
        }
      }
    }
    return labels;
  }

  private static int headerRows(List<List<String>> rows) {
    int r = 0;
    while (r < rows.size() && rows.get(r).stream().noneMatch(s -> NUMBER.matcher(s).matches())) {
      r++;
    }
    return r;
  }

  private static int[][] plan(List<List<String>> rows, int labels, int header) {
    int n = rows.size();
    int m = rows.get(0).size();
    int[][] owner = new int[n][m];
    for (int[] row : owner) {
      java.util.Arrays.fill(row, -1);
    }
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < m; c++) {
        if (owner[r][c] >= 0) {
          continue;
        }
        owner[r][c] = r * m + c;
        String text = rows.get(r).get(c);
        if (text.isEmpty() || (r >= header && c >= labels)) {
          continue;
        }
        int c1 = c;
        while (c1 + 1 < m && rows.get(r).get(c1 + 1).isEmpty() && owner[r][c1 + 1] < 0
            && (r < header || c1 + 1 < labels)) {
          c1++;
        }
        int r1 = r;
        while (r1 + 1 < n && (r1 + 1 < header || (r >= header && c1 < labels)) && emptyFree(rows, owner, r1 + 1, c, c1)) {
          r1++;
        }
        for (int i = r; i <= r1; i++) {
          for (int j = c; j <= c1; j++) {
            owner[i][j] = r * m + c;
          }
        }
      }
    }
    return owner;
  }

  private static boolean emptyFree(List<List<String>> rows, int[][] owner, int r, int c0, int c1) {
    for (int c = c0; c <= c1; c++) {
      if (!rows.get(r).get(c).isEmpty() || owner[r][c] >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Column widths: the widest one-column cell up to a limit, numbers never wrapped; narrowed to fit the page. */
  private void fit(PDFont font, double size, double maxWidth, double padding) throws IOException {
    double[] floor = new double[cols()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols(); c++) {
        String t = rows.get(r).get(c);
        if (!anchor(r, c) || lastCol(r, c) != c || t.isEmpty()) {
          continue;
        }
        double w = width(font, size, t) + padding;
        widths[c] = Math.max(widths[c], Math.min(w, 14 * size));
        floor[c] = Math.max(floor[c], NUMBER.matcher(t).matches() ? w : 2 * size + padding);
      }
    }
    for (int c = 0; c < cols(); c++) {
      widths[c] = Math.max(widths[c], Math.max(floor[c], 2 * size + padding));
    }
    while (java.util.Arrays.stream(widths).sum() > maxWidth) {
      int widest = -1;
      for (int c = 0; c < cols(); c++) {
        if (widths[c] - size >= floor[c] && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest] -= size;
    }
    wrapAll(font, size, padding);
  }

  private void wrapAll(PDFont font, double size, double padding) throws IOException {
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols(); c++) {
        if (anchor(r, c)) {
          double w = -padding;
          for (int j = c; j <= lastCol(r, c); j++) {
            w += widths[j];
          }
          printed[r][c] = String.join("\n", wrap(font, size, rows.get(r).get(c), w));
        }
      }
    }
  }

  /** Greedy wrapping by character widths; a line holds at least one character. */
  static List<String> wrap(PDFont font, double size, String text, double width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      String ch = new String(Character.toChars(text.codePointAt(i)));
      i += ch.length();
      if (line.length() > 0 && width(font, size, line + ch) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(ch);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static double width(PDFont font, double size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }
}
