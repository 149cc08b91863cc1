package io.gongkai.ingest.pdf;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.Paragraph;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A block of a page with what joining tables across pages needs: the column boundaries of a grid (empty for a
 * paragraph or a grid read by OCR) and the last page the block reaches.
 */
record PageItem(Block block, List<Double> columns, int lastPage) {
  /** Page numbers and running marks such as "- 3 -", "第 3 页", "3/5", which sit between a table and its continuation. */
  private static final Pattern PAGE_MARK = Pattern.compile("[\\s\\-—–－_·•.第页共/|0-9IVXLivxl]{1,20}");

  /** Column boundaries of two parts of one table may differ by this much. */
  static final double TOLERANCE = 3;

  PageItem {
    columns = List.copyOf(columns);
  }

  static PageItem of(Block block) {
    return new PageItem(block, List.of(), block.location().page() == null ? 0 : block.location().page());
  }

  static PageItem of(PageTable table) {
    return new PageItem(table.grid(), table.columns(), table.grid().location().page());
  }

  boolean isPageMark() {
    return block instanceof Paragraph p && PAGE_MARK.matcher(p.text()).matches();
  }

  boolean isRuledGrid() {
    return block instanceof Grid && !columns.isEmpty();
  }

  /**
   * Whether every column boundary of this grid is one of the other's, within a tolerance, and both start at the same
   * left edge: the part of a table on one page may lack a boundary that no row on that page draws.
   */
  boolean columnsWithin(PageItem other) {
    if (columns.isEmpty() || other.columns.isEmpty()
        || Math.abs(columns.get(0) - other.columns.get(0)) > TOLERANCE) {
      return false;
    }
    return columns.stream().allMatch(x -> other.columns.stream().anyMatch(y -> Math.abs(x - y) <= TOLERANCE));
  }
}
