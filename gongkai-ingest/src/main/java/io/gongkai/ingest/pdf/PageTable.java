package io.gongkai.ingest.pdf;

import io.gongkai.model.Box;
import io.gongkai.ingest.Grid;
import java.util.List;

/**
 * A table found on one page, with the x positions of its column boundaries (left edge, inner boundaries, right
 * edge) by which a continuation on the next page is recognised.
 */
record PageTable(Grid grid, List<Double> columns) {
  PageTable {
    columns = List.copyOf(columns);
  }

  Box box() {
    return grid.location().box();
  }

  /** Whether the glyph's centre lies inside the table. */
  boolean holds(Glyph g) {
    Box b = box();
    return g.centreX() >= b.x() && g.centreX() <= b.x() + b.width()
        && g.centreY() >= b.y() && g.centreY() <= b.y() + b.height();
  }
}
