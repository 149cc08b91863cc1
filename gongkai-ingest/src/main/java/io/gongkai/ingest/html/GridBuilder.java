package io.gongkai.ingest.html;

import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A data table as a {@link Grid}, placing cells as browsers do: each cell takes the first free slot of its row, and
 * its rowspan/colspan cover the slots below and to the right. A rowspan reaching past the last row stops there;
 * overlapping spans keep the first cell placed. Rows that hold nothing at all (Word's row of column widths) are left
 * out.
 */
final class GridBuilder {
  /** Browsers cap colspan at 1000; a larger value is a typo, not a table that wide. */
  private static final int MAX_COLSPAN = 1000;

  private GridBuilder() {}

  static Grid of(Element table) {
    List<Element> rows = TableRows.rows(table);
    List<GridCell[]> slots = new ArrayList<>();
    List<Boolean> anyCell = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      ensureRows(slots, anyCell, r + 1);
      int column = 0;
      for (Element cell : TableRows.cells(rows.get(r))) {
        column = firstFree(slots.get(r), column);
        int colspan = span(cell.attr("colspan"), MAX_COLSPAN);
        String rowspanValue = cell.attr("rowspan");
        int rowspan = rowspanValue.trim().equals("0") ? rows.size() - r : span(rowspanValue, rows.size() - r);
        place(slots, anyCell, r, column, rowspan, colspan, CellText.of(cell));
        column += colspan;
      }
    }
    return new Grid(rectangle(slots, anyCell), Location.NONE);
  }

  private static void place(List<GridCell[]> slots, List<Boolean> anyCell, int row, int column, int rowspan,
      int colspan, String text) {
    ensureRows(slots, anyCell, row + rowspan);
    for (int i = 0; i < rowspan; i++) {
      GridCell[] line = widen(slots, row + i, column + colspan);
      for (int j = 0; j < colspan; j++) {
        if (line[column + j] == null) {
          line[column + j] = i == 0 && j == 0 ? GridCell.of(text, Location.NONE) : GridCell.covered(Location.NONE);
        }
      }
      if (!text.isEmpty() || i > 0 || colspan > 1 || rowspan > 1) {
        anyCell.set(row + i, true);
      }
    }
  }

  private static List<List<GridCell>> rectangle(List<GridCell[]> slots, List<Boolean> anyCell) {
    List<GridCell[]> kept = new ArrayList<>();
    int width = 0;
    for (int r = 0; r < slots.size(); r++) {
      if (anyCell.get(r)) {
        kept.add(slots.get(r));
        width = Math.max(width, lastUsed(slots.get(r)) + 1);
      }
    }
    List<List<GridCell>> out = new ArrayList<>();
    for (GridCell[] line : kept) {
      List<GridCell> row = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        GridCell cell = c < line.length ? line[c] : null;
        row.add(cell == null ? GridCell.of("", Location.NONE) : cell);
      }
      out.add(row);
    }
    return out;
  }

  private static int lastUsed(GridCell[] line) {
    for (int c = line.length - 1; c >= 0; c--) {
      if (line[c] != null) {
        return c;
      }
    }
    return -1;
  }

  private static int firstFree(GridCell[] line, int from) {
    int c = from;
    while (c < line.length && line[c] != null) {
      c++;
    }
    return c;
  }

  private static int span(String attribute, int max) {
    String value = attribute.trim();
    int digits = 0;
    while (digits < value.length() && Character.isDigit(value.charAt(digits)) && digits < 6) {
      digits++;
    }
    int n = digits == 0 ? 1 : Integer.parseInt(value.substring(0, digits));
    return Math.max(1, Math.min(n, Math.max(1, max)));
  }

  private static void ensureRows(List<GridCell[]> slots, List<Boolean> anyCell, int count) {
    while (slots.size() < count) {
      slots.add(new GridCell[0]);
      anyCell.add(false);
    }
  }

  private static GridCell[] widen(List<GridCell[]> slots, int row, int width) {
    GridCell[] line = slots.get(row);
    if (line.length < width) {
      line = Arrays.copyOf(line, width);
      slots.set(row, line);
    }
    return line;
  }
}
