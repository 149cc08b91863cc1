package io.gongkai.ingest.ocr;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Sizes of a printed table: column widths that keep numbers on one line and let labels wrap, row heights that fit
 * the wrapped labels, merged cells included.
 */
final class TableDrawing {
  final List<List<String>> rows;
  final List<TableGeometry.Span> spans;
  final int[] colX;
  final int[] rowY;
  final int pad;
  final int lineHeight;
  private final FontMetrics fm;

  TableDrawing(List<List<String>> rows, FontMetrics fm, int width, int pad) {
    this.rows = rows;
    this.fm = fm;
    this.pad = pad;
    this.lineHeight = fm.getHeight() + 2;
    this.spans = Merges.infer(rows);
    this.colX = columns(width);
    this.rowY = rowsFor();
  }

  int height() {
    return rowY[rowY.length - 1];
  }

  int width(TableGeometry.Span s) {
    return colX[s.column() + s.columnSpan()] - colX[s.column()];
  }

  String text(TableGeometry.Span s) {
    return rows.get(s.row()).get(s.column());
  }

  /** The text broken into lines that fit the cell. */
  List<String> lines(TableGeometry.Span s) {
    String text = text(s);
    int room = width(s) - 2 * pad;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (line.length() > 0 && fm.stringWidth(line.toString() + ch) > room) {
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

  private int[] columns(int width) {
    int n = rows.get(0).size();
    double[] min = new double[n];
    double[] want = new double[n];
    int em = fm.stringWidth("国");
    for (int c = 0; c < n; c++) {
      min[c] = 2.2 * em;
      want[c] = min[c];
    }
    for (TableGeometry.Span s : spans) {
      String t = text(s);
      double w = fm.stringWidth(t) + 2.0 * pad;
      if (t.matches("[-+0-9.元/—无]*")) {
        min[s.column()] = Math.max(min[s.column()], w / s.columnSpan());
      }
      if (s.columnSpan() == 1) {
        want[s.column()] = Math.max(want[s.column()], Math.min(w, 9 * em));
      }
    }
    double sumMin = 0;
    double sumExtra = 0;
    for (int c = 0; c < n; c++) {
      want[c] = Math.max(want[c], min[c]);
      sumMin += min[c];
      sumExtra += want[c] - min[c];
    }
    double share = sumExtra == 0 ? 0 : Math.max(0, Math.min(1, (width - sumMin) / sumExtra));
    int[] x = new int[n + 1];
    for (int c = 0; c < n; c++) {
      x[c + 1] = x[c] + (int) Math.round(min[c] + share * (want[c] - min[c]));
    }
    return x;
  }

  private int[] rowsFor() {
    int n = rows.size();
    int[] h = new int[n];
    for (int r = 0; r < n; r++) {
      h[r] = lineHeight + 2 * pad;
    }
    for (int pass = 0; pass < 2; pass++) {
      for (TableGeometry.Span s : spans) {
        int need = lines(s).size() * lineHeight + 2 * pad;
        int have = 0;
        for (int r = s.row(); r < s.row() + s.rowSpan(); r++) {
          have += h[r];
        }
        if (need > have) {
          h[s.row() + s.rowSpan() - 1] += need - have;
        }
      }
    }
    int[] y = new int[n + 1];
    for (int r = 0; r < n; r++) {
      y[r + 1] = y[r] + h[r];
    }
    return y;
  }
}
