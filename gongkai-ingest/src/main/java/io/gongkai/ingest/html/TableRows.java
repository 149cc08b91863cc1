package io.gongkai.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** A table's own rows and cells, leaving out those of tables nested in its cells. */
final class TableRows {
  private TableRows() {}

  static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : childElements(table)) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (Tags.ROW_GROUPS.contains(tag)) {
        for (Element row : childElements(child)) {
          if (row.normalName().equals("tr")) {
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  static List<Element> cells(Element row) {
    List<Element> cells = new ArrayList<>();
    for (Element child : childElements(row)) {
      if (Tags.isCell(child.normalName())) {
        cells.add(child);
      }
    }
    return cells;
  }

  /** Tables inside this table's cells, not counting tables inside those. */
  static List<Element> nested(Element table) {
    List<Element> out = new ArrayList<>();
    for (Element row : rows(table)) {
      for (Element cell : cells(row)) {
        addOutermostTables(cell, out);
      }
    }
    return out;
  }

  /**
   * The tables below {@code e} that no other table below it encloses, in document order. The walk stops at each
   * table, so a cell is read once however deep its tables nest (recursion is bounded: jsoup caps the tree's depth).
   */
  private static void addOutermostTables(Element e, List<Element> out) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (!(e.childNode(i) instanceof Element child)) {
        continue;
      }
      if (child.normalName().equals("table")) {
        out.add(child);
      } else {
        addOutermostTables(child, out);
      }
    }
  }

  /**
   * Whether a table lays out the page rather than holding data: it holds a table of at least two rows and two
   * columns in one of its cells (report tables never nest data tables), or it is a single cell. Its cells are then
   * read as ordinary content, in order.
   */
  static boolean isLayout(Element table) {
    List<Element> rows = rows(table);
    if (rows.size() == 1 && cells(rows.get(0)).size() == 1) {
      return true;
    }
    return nested(table).stream().anyMatch(TableRows::isDataShaped);
  }

  /** At least two rows and a row with at least two cells. */
  static boolean isDataShaped(Element table) {
    List<Element> rows = rows(table);
    return rows.size() >= 2 && rows.stream().anyMatch(r -> cells(r).size() >= 2);
  }

  /**
   * The child elements of {@code e}. Read by index: jsoup's {@code children()} copies a cached list and its sibling
   * links look the index up again at each step, and tables are read several times per page.
   */
  private static List<Element> childElements(Element e) {
    List<Element> out = new ArrayList<>(e.childNodeSize());
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element child) {
        out.add(child);
      }
    }
    return out;
  }
}
