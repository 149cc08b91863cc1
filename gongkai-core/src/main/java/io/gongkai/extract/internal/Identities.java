package io.gongkai.extract.internal;

import io.gongkai.schema.Arithmetic;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.RowSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * The template's own arithmetic, used to choose between readings of run-together or dropped cells (SPEC §7.1): a
 * {@code total} column is the sum of the columns before it (H3, H4); in Table 3, 一 + 二 = （七） + 四 (H1) and （七） is
 * the sum of the outcome rows (H2). Blanks count as 0. Rows absent from the text constrain nothing.
 */
final class Identities {
  private Identities() {}

  /** Whether the block's rows have a total column to check themselves against. */
  static boolean hasRowRule(BlockSpec block) {
    return Arithmetic.hasTotalColumn(block);
  }

  /** Row totals: within each group of columns that ends in a {@code total} column. */
  static Predicate<BigDecimal[]> rowRule(BlockSpec block) {
    List<ColumnSpec> cols = block.columns();
    int total = cols.size() - 1;
    if (!Arithmetic.hasTotalColumn(block)) {
      return r -> true;
    }
    return r -> {
      for (int g = 0; g + cols.size() <= r.length; g += cols.size()) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < total; c++) {
          sum = sum.add(r[g + c]);
        }
        if (sum.compareTo(r[g + total]) != 0) {
          return false;
        }
      }
      return true;
    };
  }

  /**
   * Table 3's column identities across rows; nothing for other blocks. The rule sees one array of numbers per row of
   * {@code rows} (in that order), null for a row that constrains nothing.
   */
  static Predicate<BigDecimal[][]> tableRule(BlockSpec block, List<String> rows) {
    if (!Arithmetic.hasApplicationIdentities(block)) {
      return m -> true;
    }
    int[] outcomes = Arithmetic.outcomeRows(block).stream().mapToInt(r -> rows.indexOf(r.id())).toArray();
    int newReceived = rows.indexOf(Arithmetic.NEW_RECEIVED);
    int carriedOver = rows.indexOf(Arithmetic.CARRIED_OVER);
    int processed = rows.indexOf(Arithmetic.TOTAL_PROCESSED);
    int carriedForward = rows.indexOf(Arithmetic.CARRIED_FORWARD);
    int width = block.columns().size();
    return m -> {
      BigDecimal[] a = at(m, newReceived);
      BigDecimal[] b = at(m, carriedOver);
      BigDecimal[] p = at(m, processed);
      BigDecimal[] f = at(m, carriedForward);
      for (int c = 0; c < width; c++) {
        boolean h1 = a == null || b == null || p == null || f == null
            || a[c].add(b[c]).compareTo(p[c].add(f[c])) == 0;
        if (!h1 || !h2(m, outcomes, p, c)) {
          return false;
        }
      }
      return true;
    };
  }

  private static BigDecimal[] at(BigDecimal[][] m, int row) {
    return row < 0 ? null : m[row];
  }

  /** H2: （七）总计 = the outcome rows; holds when a row is absent. */
  private static boolean h2(BigDecimal[][] m, int[] outcomes, BigDecimal[] total, int c) {
    if (total == null) {
      return true;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int row : outcomes) {
      BigDecimal[] r = at(m, row);
      if (r == null) {
        return true;
      }
      sum = sum.add(r[c]);
    }
    return sum.compareTo(total[c]) == 0;
  }
}
