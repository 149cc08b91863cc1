package io.gongkai.ingest.pdf;

import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a grid on a finer set of column boundaries: a column that holds several of the finer columns becomes a cell
 * in the first of them that covers the others, as if that page had printed the cell merged.
 */
final class Refine {
  private Refine() {}

  /** The grid's rows on the {@code fine} boundaries, which include every one of {@code coarse}. */
  static List<List<GridCell>> rows(Grid grid, List<Double> coarse, List<Double> fine) {
    int width = Math.max(1, countColumns(fine, grid.width(), coarse.size()));
    if (width == grid.width()) {
      return grid.rows();
    }
    int[] from = new int[width];
    for (int k = 0; k < width; k++) {
      from[k] = coarseColumn(coarse, fine.get(k));
    }
    List<List<GridCell>> rows = new ArrayList<>();
    for (List<GridCell> row : grid.rows()) {
      List<GridCell> out = new ArrayList<>();
      for (int k = 0; k < width; k++) {
        GridCell cell = row.get(Math.min(from[k], row.size() - 1));
        out.add(k > 0 && from[k] == from[k - 1] ? GridCell.covered(cell.location()) : cell);
      }
      rows.add(out);
    }
    return rows;
  }

  /** Lattice boundaries list both edges (columns = boundaries - 1); aligned tables list left edges only. */
  private static int countColumns(List<Double> fine, int coarseWidth, int coarseBounds) {
    return coarseBounds == coarseWidth ? fine.size() : fine.size() - 1;
  }

  private static int coarseColumn(List<Double> coarse, double x) {
    int j = 0;
    for (int i = 0; i < coarse.size(); i++) {
      if (coarse.get(i) <= x + PageItem.TOLERANCE) {
        j = i;
      }
    }
    return j;
  }
}
