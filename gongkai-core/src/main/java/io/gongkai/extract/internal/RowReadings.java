package io.gongkai.extract.internal;

import io.gongkai.schema.ValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses how a row's items may fill its columns. Cells are cut apart only in a table whose cells ran together (most
 * rows one long number where several columns are due); elsewhere an item is one cell and fewer items than columns
 * means cells were dropped. Where cells ran together, a row is first read as if nothing was dropped; only if no such
 * reading satisfies the row's own identity (or the row has none) are dropped cells considered as well.
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

  /** The readings of one row. */
  static RowCandidates.Result of(List<Item> items, boolean cut, List<ValueType> types, int[] slots,
      boolean runTogether, Predicate<BigDecimal[]> rowRule, boolean hasRowRule, String[] units) {
    if (slots != null || !runTogether) {
      return RowCandidates.of(items, cut, types, slots, RowCandidates.Mode.PLACE);
    }
    RowCandidates.Result whole = RowCandidates.of(items, cut, types, null, RowCandidates.Mode.CUT);
    if (hasRowRule && !whole.overflow() && TableSolver.anySatisfies(whole.readings(), types, units, rowRule)) {
      return whole;
    }
    return RowCandidates.of(items, cut, types, null, RowCandidates.Mode.CUT_AND_PLACE);
  }
}
