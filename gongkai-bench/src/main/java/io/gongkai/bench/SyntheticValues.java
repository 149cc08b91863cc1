package io.gongkai.bench;

import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random table values that satisfy the template's identities (SPEC §7.1) and plausibility rules (§7.3): Table 3's
 * 勾稽关系 and totals, Table 4's totals, 2019 Table 2's "published ≤ made ≤ stock" and non-negative year-end counts,
 * 2021 Table 2's "in force ≥ issued − repealed". The rules name cells by their public ids, so this class does too.
 */
final class SyntheticValues {
  private SyntheticValues() {}

  /** Values of one table: row id → column id → printed value. */
  static Map<String, Map<String, String>> table(TableSpec table, Random rnd) {
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    for (BlockSpec block : table.blocks()) {
      switch (table.id()) {
        case "t3" -> applications(block, rnd, values);
        case "t4" -> totalsByRow(block, rnd, values);
        default -> proactive(block, rnd, values);
      }
    }
    return values;
  }

  private static void proactive(BlockSpec block, Random rnd, Map<String, Map<String, String>> values) {
    for (RowSpec row : block.rows()) {
      Map<String, String> v = new LinkedHashMap<>();
      // Only organs with rule-making power may issue 规章 (P4); generated organs are local, so none.
      boolean none = row.id().equals("regulations");
      for (ColumnSpec col : block.columns()) {
        v.put(col.id(), none ? "0" : proactiveValue(col, v, rnd));
      }
      values.put(row.id(), v);
    }
  }

  private static String proactiveValue(ColumnSpec col, Map<String, String> row, Random rnd) {
    return switch (col.id()) {
      case "published" -> String.valueOf(rnd.nextInt(num(row, "made") + 1));
      case "total_published" -> String.valueOf(num(row, "published") + rnd.nextInt(60));
      case "repealed" -> String.valueOf(rnd.nextInt(3));
      case "in_force" -> String.valueOf(num(row, "issued") + rnd.nextInt(40));
      case "prev_items" -> String.valueOf(3 + rnd.nextInt(30));
      case "change" -> String.valueOf(rnd.nextInt(7) - 3);
      default -> col.type() == ValueType.WAN_YUAN ? money(col, rnd) : String.valueOf(rnd.nextInt(25));
    };
  }

  /** An amount in 万元, with the unit printed beside it when the column label does not state it (P5). */
  private static String money(ColumnSpec col, Random rnd) {
    String amount = rnd.nextInt(3) == 0 ? "0" : rnd.nextInt(500) + "." + (1 + rnd.nextInt(9));
    return col.label().contains("万元") ? amount : amount + "万元";
  }

  /** Table 3: outcome rows first, then 总计 = their sum, then 一 + 二 = 总计 + 四 per column, 总计 column = row sums. */
  private static void applications(BlockSpec block, Random rnd, Map<String, Map<String, String>> values) {
    List<ColumnSpec> parts = block.columns().stream().filter(c -> !c.id().equals("total")).toList();
    Map<String, Map<String, Integer>> n = new LinkedHashMap<>();
    for (RowSpec row : block.rows()) {
      n.put(row.id(), new LinkedHashMap<>());
    }
    for (ColumnSpec col : parts) {
      int processed = 0;
      for (RowSpec row : block.rows()) {
        if (!isFlowRow(row.id())) {
          int k = rnd.nextInt(6) == 0 ? 1 + rnd.nextInt(4) : 0;
          n.get(row.id()).put(col.id(), k);
          processed += k;
        }
      }
      int forward = rnd.nextInt(3);
      int over = rnd.nextInt(Math.min(2, processed + forward) + 1);
      n.get("total_processed").put(col.id(), processed);
      n.get("carried_forward").put(col.id(), forward);
      n.get("carried_over").put(col.id(), over);
      n.get("new_received").put(col.id(), processed + forward - over);
    }
    n.forEach((row, cols) -> {
      Map<String, String> v = new LinkedHashMap<>();
      cols.forEach((col, k) -> v.put(col, String.valueOf(k)));
      v.put("total", String.valueOf(cols.values().stream().mapToInt(Integer::intValue).sum()));
      values.put(row, v);
    });
  }

  private static boolean isFlowRow(String rowId) {
    return rowId.equals("new_received") || rowId.equals("carried_over") || rowId.equals("total_processed")
        || rowId.equals("carried_forward");
  }

  /** Table 4: small counts, 总计 the sum of the others. */
  private static void totalsByRow(BlockSpec block, Random rnd, Map<String, Map<String, String>> values) {
    for (RowSpec row : block.rows()) {
      Map<String, String> v = new LinkedHashMap<>();
      int sum = 0;
      for (ColumnSpec col : block.columns()) {
        if (!col.id().equals("total")) {
          int k = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0;
          v.put(col.id(), String.valueOf(k));
          sum += k;
        }
      }
      v.put("total", String.valueOf(sum));
      values.put(row.id(), v);
    }
  }

  private static int num(Map<String, String> row, String col) {
    return Integer.parseInt(row.getOrDefault(col, "0"));
  }
}
