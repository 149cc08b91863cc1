package io.gongkai.ingest.word;

import io.gongkai.ingest.Grid;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A {@code w:tbl} as a grid over its {@code w:tblGrid} columns: {@code w:gridSpan} widens a cell over several grid
 * columns, {@code w:vMerge} continuation cells become covered slots, and {@code w:gridBefore}, {@code w:gridAfter}
 * or missing cells leave empty slots, so rows written with different numbers of cells still line up by column.
 */
final class DocxTable {
  private DocxTable() {}

  static Grid grid(Element tbl) {
    Element tblGrid = Ooxml.child(tbl, "tblGrid");
    int columns = tblGrid == null ? 0 : (int) Ooxml.children(tblGrid).stream()
        .filter(e -> Ooxml.isW(e, "gridCol")).count();
    GridBuilder grid = new GridBuilder(columns);
    int rows = 0;
    for (Element tr : descendants(tbl, "tr")) {
      Element trPr = Ooxml.child(tr, "trPr");
      if (trPr != null && Ooxml.child(trPr, "del") != null) {
        continue; // a row deleted with track changes on is not printed
      }
      grid.startRow();
      rows++;
      int column = Ooxml.intVal(trPr, "gridBefore", 0);
      for (Element tc : descendants(tr, "tc")) {
        column = cell(grid, tc, column, rows > 1);
      }
    }
    return grid.build();
  }

  /** Places one cell at {@code column} and returns the column after it. */
  private static int cell(GridBuilder grid, Element tc, int column, boolean hasRowAbove) {
    Element tcPr = Ooxml.child(tc, "tcPr");
    if (tcPr != null && Ooxml.child(tcPr, "cellDel") != null) {
      return column;
    }
    int span = Ooxml.intVal(tcPr, "gridSpan", 1);
    boolean continuesAbove = hasRowAbove && isContinuation(tcPr, "vMerge");
    // w:hMerge is the legacy form of a horizontal merge, still written by some old converters.
    boolean continuesLeft = column > 0 && isContinuation(tcPr, "hMerge");
    boolean covered = continuesAbove || continuesLeft;
    grid.put(Math.max(column, grid.next()), span, covered ? "" : DocxBody.cellText(tc), covered);
    return grid.next();
  }

  /** {@code <w:vMerge/>} without a value continues the merge; {@code w:val="restart"} starts one. */
  private static boolean isContinuation(Element tcPr, String merge) {
    Element m = tcPr == null ? null : Ooxml.child(tcPr, merge);
    return m != null && !"restart".equals(Ooxml.val(m));
  }

  /**
   * The {@code name} elements under {@code parent}, looking through content controls and custom XML wrappers only
   * (a nested table's rows are in a cell, not this table's rows).
   */
  private static List<Element> descendants(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : Ooxml.children(parent)) {
      if (Ooxml.isW(e, name)) {
        out.add(e);
      } else if (Ooxml.isW(e, "sdt") || Ooxml.isW(e, "sdtContent") || Ooxml.isW(e, "customXml")) {
        out.addAll(descendants(e, name));
      }
    }
    return out;
  }
}
