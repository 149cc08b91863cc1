package io.gongkai.ingest.pdf;

import io.gongkai.ingest.Block;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table continued over a page break into one grid: the last table of a page followed, with only page marks in
 * between, by a table with the same column boundaries at the top of the next page. A header row printed again on the
 * new page is dropped. The grid keeps the location of its first part.
 */
final class Continuations {
  private Continuations() {}

  /** The blocks of all pages in order, continued tables joined. */
  static List<Block> join(List<List<PageItem>> pages) {
    List<PageItem> out = new ArrayList<>();
    for (List<PageItem> page : pages) {
      int open = lastTable(out);
      int first = firstSubstantive(page);
      for (int i = 0; i < page.size(); i++) {
        PageItem item = page.get(i);
        if (i == first && open >= 0 && continues(out.get(open), item)) {
          out.set(open, joined(out.get(open), item));
        } else {
          out.add(item);
        }
      }
    }
    return out.stream().map(PageItem::block).toList();
  }

  /** The index of the last block if it is a ruled or aligned table followed only by page marks, else -1. */
  private static int lastTable(List<PageItem> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      if (!out.get(i).isPageMark()) {
        return out.get(i).isRuledGrid() ? i : -1;
      }
    }
    return -1;
  }

  private static int firstSubstantive(List<PageItem> page) {
    for (int i = 0; i < page.size(); i++) {
      if (!page.get(i).isPageMark()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean continues(PageItem previous, PageItem next) {
    int page = next.block().location().page();
    return next.isRuledGrid() && previous.lastPage() == page - 1
        && (previous.columnsWithin(next) || next.columnsWithin(previous));
  }

  private static PageItem joined(PageItem first, PageItem next) {
    List<Double> columns = first.columnsWithin(next) ? next.columns() : first.columns();
    List<List<GridCell>> top = Refine.rows((Grid) first.block(), first.columns(), columns);
    List<List<GridCell>> rest = Refine.rows((Grid) next.block(), next.columns(), columns);
    int repeated = 0;
    while (repeated < top.size() && repeated < rest.size() - 1 && sameTexts(top.get(repeated), rest.get(repeated))) {
      repeated++;
    }
    List<List<GridCell>> rows = new ArrayList<>(top);
    rows.addAll(rest.subList(repeated, rest.size()));
    Grid grid = new Grid(rows, first.block().location());
    return new PageItem(grid, columns, next.lastPage());
  }

  private static boolean sameTexts(List<GridCell> a, List<GridCell> b) {
    boolean any = false;
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).text().equals(b.get(i).text()) || a.get(i).continuation() != b.get(i).continuation()) {
        return false;
      }
      any |= !a.get(i).text().isEmpty();
    }
    return any;
  }
}
