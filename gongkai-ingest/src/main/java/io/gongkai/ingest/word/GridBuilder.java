package io.gongkai.ingest.word;

import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Places Word table cells on the column grid: a cell spanning several grid columns fills its first slot and covers
 * the others; a vertically continued cell covers all its slots. Slots no cell reaches (rows with fewer cells, or
 * {@code gridBefore}/{@code gridAfter}) are empty, so every row ends up as wide as the widest.
 */
final class GridBuilder {
  private final List<List<GridCell>> rows = new ArrayList<>();
  private final int minWidth;
  private List<GridCell> row;

  GridBuilder(int minWidth) {
    this.minWidth = minWidth;
  }

  void startRow() {
    row = new ArrayList<>();
    rows.add(row);
  }

  /** Puts a cell at 0-based grid column {@code column}; earlier unfilled slots of the row become empty cells. */
  void put(int column, int span, String text, boolean continuedFromAbove) {
    while (row.size() < column) {
      row.add(GridCell.of("", Location.NONE));
    }
    int first = row.size();
    row.add(continuedFromAbove ? GridCell.covered(Location.NONE) : GridCell.of(text, Location.NONE));
    for (int i = first + 1; i < column + Math.max(span, 1); i++) {
      row.add(GridCell.covered(Location.NONE));
    }
  }

  /** The next free grid column of the current row. */
  int next() {
    return row.size();
  }

  Grid build() {
    int width = Math.max(minWidth, rows.stream().mapToInt(List::size).max().orElse(0));
    for (List<GridCell> r : rows) {
      while (r.size() < width) {
        r.add(GridCell.of("", Location.NONE));
      }
    }
    return new Grid(rows, Location.NONE);
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }
}
