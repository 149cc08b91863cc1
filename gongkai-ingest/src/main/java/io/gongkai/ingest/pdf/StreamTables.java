package io.gongkai.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables printed without rulings: a block of consecutive lines whose words fall into at least three columns
 * separated by wide gaps. Columns come from the cells that sit in one column; a cell that bridges the gap between two
 * cells of another line spans those columns (a merged header).
 */
final class StreamTables {
  /** A gap of this many font sizes inside a line separates two cells. */
  static final double CELL_GAP = 1.5;
  /** Lines further apart than this many font sizes do not belong to one table. */
  private static final double LINE_GAP = 3;
  private static final int MIN_COLUMNS = 3;

  private StreamTables() {}

  /** A table found and the lines it took, so that they are not also paragraphs. */
  record Found(PageTable table, List<TextLine> lines) {}

  /** The column-aligned tables among the lines of a page, which are in reading order. */
  static List<Found> find(int page, List<TextLine> lines) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    int taken = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, i);
      if (end > i) {
        int start = i > taken && caption(lines, i) ? i - 1 : i;
        List<TextLine> run = lines.subList(start, end + 1);
        StreamGrid grid = StreamGrid.of(run);
        if (grid != null && grid.columns() >= MIN_COLUMNS) {
          found.add(new Found(grid.build(page), List.copyOf(run)));
          i = end + 1;
          taken = i;
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /**
   * Whether the single-cell line before a run is its first row (a section title spanning the table, as in Table 2):
   * it starts at the table's left edge and is no further above than the run's rows are apart.
   */
  private static boolean caption(List<TextLine> lines, int start) {
    if (start == 0 || start + 1 >= lines.size() || cells(lines.get(start - 1)) != 1) {
      return false;
    }
    TextLine before = lines.get(start - 1);
    TextLine first = lines.get(start);
    double pitch = lines.get(start + 1).top() - first.top();
    return Math.abs(before.left() - first.left()) < first.size()
        && first.top() - before.top() <= 1.05 * pitch;
  }

  /**
   * The last line of a run of table lines starting at {@code from}: lines of at least two cells, close to each other,
   * with up to two single-cell lines allowed between them (the second line of a wrapped cell). {@code from} itself when no run
   * of two such lines with three cells starts there.
   */
  private static int runEnd(List<TextLine> lines, int from) {
    if (cells(lines.get(from)) < 2) {
      return from;
    }
    int last = from;
    int wide = cells(lines.get(from)) >= MIN_COLUMNS ? 1 : 0;
    for (int j = from + 1; j < lines.size() && j - last <= 2; j++) {
      TextLine prev = lines.get(j - 1);
      if (lines.get(j).top() - prev.box().y() - prev.box().height() > LINE_GAP * prev.size()) {
        break;
      }
      int n = cells(lines.get(j));
      if (n >= 2) {
        last = j;
        wide += n >= MIN_COLUMNS ? 1 : 0;
      }
    }
    return wide >= 2 ? wrappedTail(lines, from, last) : from;
  }

  /**
   * Extends a run over the wrapped last lines of its last row: single-cell lines set closer than rows are apart and
   * indented into a column other than the first.
   */
  private static int wrappedTail(List<TextLine> lines, int from, int last) {
    double rowPitch = Double.MAX_VALUE;
    int previous = -1;
    for (int j = from; j <= last; j++) {
      if (cells(lines.get(j)) >= 2) {
        if (previous >= 0) {
          rowPitch = Math.min(rowPitch, lines.get(j).top() - lines.get(previous).top());
        }
        previous = j;
      }
    }
    double left = lines.get(from).left();
    while (last + 1 < lines.size()) {
      TextLine next = lines.get(last + 1);
      if (cells(next) != 1 || next.top() - lines.get(last).top() >= 0.75 * rowPitch
          || next.left() <= left + next.size()) {
        break;
      }
      last++;
    }
    return last;
  }

  private static int cells(TextLine line) {
    return line.chunks(CELL_GAP).size();
  }
}
