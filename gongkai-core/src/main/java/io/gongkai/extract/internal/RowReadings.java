package io.gongkai.extract.internal;

import io.gongkai.schema.ValueType;
import java.util.List;

/**
 * Chooses how a row's items may fill its columns. Cells are cut apart only in a document whose cells ran together
 * (more rows printed as one long number than cell by cell); elsewhere an item is one cell and fewer items than columns
 * means cells were dropped.
 */
final class RowReadings {
  private RowReadings() {}

  /** A row's printed items and how many columns it has. */
  record Shape(List<Item> items, int columns) {}

  /** Whether the rows of a table show cells run together: more rows printed as one long number than cell by cell. */
  static boolean runTogether(List<Shape> rows) {
    int joined = 0;
    int separate = 0;
    for (Shape row : rows) {
      List<Item> items = row.items();
      if (row.columns() > 1 && items.size() == 1 && Splitter.maxPieces(items.get(0)) >= row.columns()) {
        joined++;
      } else if (row.columns() > 1 && items.size() == row.columns()) {
        separate++;
      }
    }
    return joined > separate;
  }

  /**
   * Whether the document drops empty cells: some row prints fewer digits than it has columns, so cells are missing
   * from it. Then any row may lack cells, including rows whose digits would fill every column.
   */
  static boolean dropsCells(List<Shape> rows) {
    return rows.stream().anyMatch(r -> !r.items().isEmpty()
        && r.items().stream().mapToInt(Splitter::maxPieces).sum() < r.columns());
  }

  /**
   * The readings of one row. Where cells ran together they are cut apart; where the document drops empty cells, or
   * the row has no total to check a cut against, or no whole reading adds up, cells may also be missing anywhere. A
   * row with a total column keeps only the readings that add up (see {@link RowCandidates}), unless none does.
   */
  static RowCandidates.Result of(List<Item> items, boolean cut, List<ValueType> types, int[] slots,
      boolean runTogether, boolean drops, int groupWidth) {
    if (slots != null || !runTogether || items.isEmpty()) {
      return RowCandidates.of(items, cut, types, slots, RowCandidates.Mode.PLACE, 0);
    }
    // A row without a total has nothing to tell a cut from a dropped cell: it is read both ways.
    RowCandidates.Mode mode = drops || groupWidth == 0 ? RowCandidates.Mode.CUT_AND_PLACE : RowCandidates.Mode.CUT;
    RowCandidates.Result all = RowCandidates.of(items, cut, types, null, mode, groupWidth);
    if (groupWidth > 0 && all.readings().isEmpty() && !all.overflow() && mode == RowCandidates.Mode.CUT) {
      // No whole reading adds up: this row may have lost a cell even if no other row did.
      mode = RowCandidates.Mode.CUT_AND_PLACE;
      all = RowCandidates.of(items, cut, types, null, mode, groupWidth);
    }
    if (groupWidth > 0 && all.readings().isEmpty() && !all.overflow()) {
      // Nothing adds up: the row is printed wrong. Its readings without the arithmetic are all there is to say.
      return RowCandidates.of(items, cut, types, null, mode, 0);
    }
    return all;
  }
}
