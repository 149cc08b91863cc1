package io.gongkai.ingest.word;

import io.gongkai.ingest.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A binary Word table as a grid. The format has no column grid, only each cell's left edge and width per row, so the
 * grid columns are the distinct cell edges of all rows; a cell reaching over several of them is a horizontally merged
 * cell, and a row starting right of the table's left edge or ending short of its right edge gets empty slots.
 * Vertically merged cells are flagged per cell.
 */
final class DocTable {
  /** Edges closer than this (twips, about 0.5 mm) are one column edge: hand-dragged borders rarely line up exactly. */
  private static final int TOLERANCE = 30;

  private DocTable() {}

  static Grid grid(Table table) {
    List<Integer> edges = edges(table);
    GridBuilder grid = new GridBuilder(Math.max(edges.size() - 1, 0));
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      grid.startRow();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int first = column(edges, cell.getLeftEdge());
        int span = Math.max(1, column(edges, cell.getLeftEdge() + cell.getWidth()) - first);
        boolean covered = r > 0 && cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
            || c > 0 && cell.isMerged() && !cell.isFirstMerged();
        grid.put(Math.max(first, grid.next()), span, covered ? "" : text(cell), covered);
      }
    }
    return grid.build();
  }

  private static String text(TableCell cell) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < cell.numParagraphs(); i++) {
      lines.add(DocText.of(cell.getParagraph(i)));
    }
    return WordText.cell(lines);
  }

  /** The table's column edges, left to right, with edges within {@link #TOLERANCE} of the previous one dropped. */
  private static List<Integer> edges(Table table) {
    TreeSet<Integer> all = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        all.add(cell.getLeftEdge());
        all.add(cell.getLeftEdge() + cell.getWidth());
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int e : all) {
      if (edges.isEmpty() || e - edges.get(edges.size() - 1) > TOLERANCE) {
        edges.add(e);
      }
    }
    return edges;
  }

  /** The index of the edge nearest to {@code x}. */
  private static int column(List<Integer> edges, int x) {
    int best = 0;
    for (int i = 1; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }
}
