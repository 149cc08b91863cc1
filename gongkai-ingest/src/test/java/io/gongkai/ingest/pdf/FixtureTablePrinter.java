package io.gongkai.ingest.pdf;

import java.io.IOException;

/** Draws rows of a {@link FixtureTable}: text at the top left of each cell, borders around each merged cell. */
final class FixtureTablePrinter {
  private static final double PITCH = 1.3;

  private final PdfFixture page;
  private final FixtureTable t;
  private final boolean ruled;
  private final double gap;
  private final double[] xs;
  private final double size = 8;

  FixtureTablePrinter(PdfFixture page, FixtureTable t, boolean ruled, double gap, double left) {
    this.page = page;
    this.t = t;
    this.ruled = ruled;
    this.gap = gap;
    this.xs = new double[t.cols() + 1];
    xs[0] = left;
    for (int c = 0; c < t.cols(); c++) {
      xs[c + 1] = xs[c] + t.widths[c] + gap;
    }
  }

  /** Row heights: enough for every cell's lines, cells spanning rows counted on their last row. */
  double[] rowHeights() {
    double[] h = new double[t.rows.size()];
    double pad = ruled ? 6 : 0.9 * size;
    for (int r = 0; r < h.length; r++) {
      h[r] = PITCH * size + pad;
    }
    for (int r = 0; r < h.length; r++) {
      for (int c = 0; c < t.cols(); c++) {
        if (t.anchor(r, c)) {
          double need = t.printed[r][c].split("\n", -1).length * PITCH * size + pad;
          // Without rulings a cell's lines must stay in its own row to be told from the next row's.
          int last = ruled ? t.lastRow(r, c) : r;
          double have = 0;
          for (int i = r; i <= last; i++) {
            have += h[i];
          }
          h[last] += Math.max(0, need - have);
        }
      }
    }
    return h;
  }

  /** Prints rows [from, to) starting at {@code top}; returns the bottom. */
  double print(int from, int to, double top) throws IOException {
    double[] h = rowHeights();
    double[] ys = new double[to - from + 1];
    ys[0] = top;
    for (int r = from; r < to; r++) {
      ys[r - from + 1] = ys[r - from] + h[r];
    }
    for (int r = from; r < to; r++) {
      for (int c = 0; c < t.cols(); c++) {
        if (t.anchor(r, c)) {
          text(t.printed[r][c], xs[c] + (ruled ? 3 : 0), ys[r - from] + (ruled ? 3 : 0));
        }
        if (ruled) {
          borders(r, c, from, to, ys);
        }
      }
    }
    return ys[ys.length - 1];
  }

  private void text(String text, double x, double top) throws IOException {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isEmpty()) {
        page.show(lines[i], x, top + (i + 1) * PITCH * size - 0.3 * size, size);
      }
    }
  }

  /** Draws the edges of slot (r, c) that separate it from another cell or from outside the printed rows. */
  private void borders(int r, int c, int from, int to, double[] ys) throws IOException {
    double x0 = xs[c];
    double x1 = xs[c + 1];
    double y0 = ys[r - from];
    double y1 = ys[r - from + 1];
    int o = t.owner[r][c];
    if (r == from || t.owner[r - 1][c] != o) {
      page.line(x0, y0, x1, y0);
    }
    if (r == to - 1) {
      page.line(x0, y1, x1, y1);
    }
    if (c == 0 || t.owner[r][c - 1] != o) {
      page.line(x0, y0, x0, y1);
    }
    if (c == t.cols() - 1) {
      page.line(x1, y0, x1, y1);
    }
  }
}
