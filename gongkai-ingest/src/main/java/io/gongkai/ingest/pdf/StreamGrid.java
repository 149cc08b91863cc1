package io.gongkai.ingest.pdf;

import io.gongkai.model.Box;
import io.gongkai.ingest.Grid;
import io.gongkai.ingest.GridCell;
import io.gongkai.ingest.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The columns and rows of a run of column-aligned lines, and the grid they make. */
final class StreamGrid {
  /** A line closer to the previous one than this share of the usual line pitch continues the same row. */
  private static final double SAME_ROW = 0.75;

  private final List<List<TextLine>> rows;
  private final List<double[]> columns;

  private StreamGrid(List<List<TextLine>> rows, List<double[]> columns) {
    this.rows = rows;
    this.columns = columns;
  }

  /** The grid of the lines, or null when the cells do not fall into columns. */
  static StreamGrid of(List<TextLine> run) {
    List<List<TextLine>> chunks = run.stream().map(l -> l.chunks(StreamTables.CELL_GAP)).toList();
    List<double[]> intervals = new ArrayList<>();
    for (List<TextLine> line : chunks) {
      for (TextLine c : line) {
        if (!spans(c, chunks)) {
          intervals.add(new double[] {c.left(), c.right()});
        }
      }
    }
    List<double[]> columns = union(intervals);
    return columns.isEmpty() ? null : new StreamGrid(rowsOf(run), columns);
  }

  int columns() {
    return columns.size();
  }

  /** Whether the cell bridges the gap between two cells of some other line. */
  private static boolean spans(TextLine cell, List<List<TextLine>> lines) {
    for (List<TextLine> line : lines) {
      int overlapped = 0;
      for (TextLine other : line) {
        if (other != cell && other.left() < cell.right() && cell.left() < other.right()) {
          overlapped++;
        }
      }
      if (overlapped >= 2) {
        return true;
      }
    }
    return false;
  }

  private static List<double[]> union(List<double[]> intervals) {
    intervals.sort(Comparator.comparingDouble(a -> a[0]));
    List<double[]> out = new ArrayList<>();
    for (double[] i : intervals) {
      if (!out.isEmpty() && i[0] <= out.get(out.size() - 1)[1]) {
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], i[1]);
      } else {
        out.add(i.clone());
      }
    }
    return out;
  }

  /** Lines set closer than the usual pitch are the wrapped lines of one row. */
  private static List<List<TextLine>> rowsOf(List<TextLine> run) {
    double[] pitches = new double[run.size() - 1];
    for (int i = 1; i < run.size(); i++) {
      pitches[i - 1] = run.get(i).top() - run.get(i - 1).top();
    }
    double usual = pitches.length == 0 ? 0 : Arrays.stream(pitches).sorted().toArray()[pitches.length / 2];
    List<List<TextLine>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(List.of(run.get(0))));
    for (int i = 1; i < run.size(); i++) {
      if (pitches[i - 1] < SAME_ROW * usual) {
        rows.get(rows.size() - 1).add(run.get(i));
      } else {
        rows.add(new ArrayList<>(List.of(run.get(i))));
      }
    }
    return rows;
  }

  /** The grid: each cell in the first column it overlaps, the other columns it bridges covered. */
  PageTable build(int page) {
    List<List<GridCell>> grid = new ArrayList<>();
    Box table = null;
    for (List<TextLine> row : rows) {
      String[] texts = new String[columns.size()];
      boolean[] covered = new boolean[columns.size()];
      Box rowBox = row.get(0).box();
      for (TextLine line : row) {
        rowBox = rowBox.union(line.box());
        for (TextLine chunk : line.chunks(StreamTables.CELL_GAP)) {
          place(chunk, texts, covered);
        }
      }
      table = table == null ? rowBox : table.union(rowBox);
      grid.add(cells(page, texts, covered, rowBox));
    }
    double left = Math.min(columns.get(0)[0], table.x());
    double right = Math.max(columns.get(columns.size() - 1)[1], table.x() + table.width());
    Box box = new Box(left, table.y(), right - left, table.height());
    // Left edges only: the right edge of an aligned table depends on the longest text of the page.
    List<Double> bounds = new ArrayList<>();
    columns.forEach(c -> bounds.add(c[0]));
    return new PageTable(new Grid(grid, Location.of(page, box)), bounds);
  }

  private void place(TextLine chunk, String[] texts, boolean[] covered) {
    int first = -1;
    for (int c = 0; c < columns.size(); c++) {
      boolean overlaps = columns.get(c)[0] < chunk.right() && chunk.left() < columns.get(c)[1];
      if (overlaps && first < 0) {
        first = c;
      } else if (overlaps && texts[c] == null) {
        covered[c] = true;
      }
    }
    if (first < 0) {
      first = nearest(chunk);
    }
    texts[first] = texts[first] == null ? chunk.text() : texts[first] + "\n" + chunk.text();
    covered[first] = false;
  }

  private int nearest(TextLine chunk) {
    int best = 0;
    for (int c = 1; c < columns.size(); c++) {
      if (Math.abs(columns.get(c)[0] - chunk.left()) < Math.abs(columns.get(best)[0] - chunk.left())) {
        best = c;
      }
    }
    return best;
  }

  private List<GridCell> cells(int page, String[] texts, boolean[] covered, Box rowBox) {
    List<GridCell> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      double right = c + 1 < columns.size() ? columns.get(c + 1)[0] : columns.get(c)[1];
      Location where = Location.of(page, new Box(columns.get(c)[0], rowBox.y(), right - columns.get(c)[0],
          rowBox.height()));
      cells.add(covered[c] ? GridCell.covered(where) : GridCell.of(texts[c] == null ? "" : texts[c].strip(), where));
    }
    return cells;
  }
}
