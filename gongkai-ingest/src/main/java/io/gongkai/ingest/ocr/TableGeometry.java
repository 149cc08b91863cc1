package io.gongkai.ingest.ocr;

import java.util.List;

/**
 * A ruled table found on a page: the y of every horizontal ruling and the x of every vertical one (so there are
 * {@code ys.size() - 1} rows and {@code xs.size() - 1} columns), and the cells, merged ones spanning several slots.
 * Pixel coordinates of the deskewed page.
 */
record TableGeometry(List<Integer> ys, List<Integer> xs, List<Span> cells, int lineThickness) {
  TableGeometry {
    ys = List.copyOf(ys);
    xs = List.copyOf(xs);
    cells = List.copyOf(cells);
  }

  int rows() {
    return ys.size() - 1;
  }

  int columns() {
    return xs.size() - 1;
  }

  int top() {
    return ys.get(0);
  }

  /**
   * One cell: its first slot and how many rows and columns it spans.
   */
  record Span(int row, int column, int rowSpan, int columnSpan) {
    boolean covers(int r, int c) {
      return r >= row && r < row + rowSpan && c >= column && c < column + columnSpan;
    }
  }
}
