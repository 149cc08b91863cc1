package io.gongkai.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A table as a rectangular grid, merged cells expanded: every row has the same number of slots, and a cell that spans
 * several rows or columns fills its first slot while the others are {@linkplain GridCell#continuation() covered}.
 * Tables that continue over a page break are one grid.
 */
public record Grid(List<List<GridCell>> rows, Location location) implements Block {
  public Grid {
    Objects.requireNonNull(location, "location");
    rows = rows.stream().map(List::copyOf).toList();
    int width = rows.isEmpty() ? 0 : rows.get(0).size();
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).size() != width) {
        throw new IllegalArgumentException("grid row " + (r + 1) + " has " + rows.get(r).size()
            + " slots, the first has " + width);
      }
    }
  }

  /** Number of columns. */
  public int width() {
    return rows.isEmpty() ? 0 : rows.get(0).size();
  }

  /** The slot at a 0-based row and column. */
  public GridCell cell(int row, int column) {
    return rows.get(row).get(column);
  }
}
