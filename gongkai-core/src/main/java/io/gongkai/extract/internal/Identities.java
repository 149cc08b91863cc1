package io.gongkai.extract.internal;

import io.gongkai.schema.Arithmetic;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.RowSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

  /** Table 3's column identities across rows; nothing for other blocks. */
  static Predicate<Map<String, BigDecimal[]>> tableRule(BlockSpec block) {
    if (!Arithmetic.hasApplicationIdentities(block)) {
      return m -> true;
    }
    List<String> outcomes = Arithmetic.outcomeRows(block).stream().map(RowSpec::id).toList();
    int width = block.columns().size();
    return m -> {
      for (int c = 0; c < width; c++) {
        if (!h1(m, c) || !h2(m, outcomes, c)) {
          return false;
        }
      }
      return true;
    };
  }

  private static boolean h1(Map<String, BigDecimal[]> m, int c) {
    BigDecimal[] a = m.get(Arithmetic.NEW_RECEIVED);
    BigDecimal[] b = m.get(Arithmetic.CARRIED_OVER);
    BigDecimal[] p = m.get(Arithmetic.TOTAL_PROCESSED);
    BigDecimal[] f = m.get(Arithmetic.CARRIED_FORWARD);
    if (a == null || b == null || p == null || f == null) {
      return true;
    }
    return a[c].add(b[c]).compareTo(p[c].add(f[c])) == 0;
  }

  private static boolean h2(Map<String, BigDecimal[]> m, List<String> outcomes, int c) {
    BigDecimal[] total = m.get(Arithmetic.TOTAL_PROCESSED);
    if (total == null) {
      return true;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String row : outcomes) {
      BigDecimal[] r = m.get(row);
      if (r == null) {
        return true;
      }
      sum = sum.add(r[c]);
    }
    return sum.compareTo(total[c]) == 0;
  }
}
