package io.gongkai.validate;

import io.gongkai.schema.Arithmetic;
import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Derives the concrete instances of the arithmetic rules from the template of a reading's edition. Only the rows and
 * columns a rule is about are named here (new_received, total…); every group — the outcome rows, the applicant
 * columns, the Table 4 results — comes from the template order, so both editions work unchanged.
 */
final class Relations {
  private static final String TOTAL = Arithmetic.TOTAL;
  private static final String T3 = "t3";

  private Relations() {}

  private static final java.util.Map<io.gongkai.schema.Edition, List<Relation>> IDENTITIES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.Map<io.gongkai.schema.Edition, List<Relation>> PLAUSIBILITY =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** H1–H4, in rule order and then template order (they depend on the edition only: derived once per edition). */
  static List<Relation> identities(Sheet sheet) {
    return IDENTITIES.computeIfAbsent(sheet.reading().edition(), e -> List.copyOf(deriveIdentities(sheet)));
  }

  /** P1–P3 over the Table 2 blocks that have the columns each rule is about. */
  static List<Relation> plausibility(Sheet sheet) {
    return PLAUSIBILITY.computeIfAbsent(sheet.reading().edition(), e -> List.copyOf(derivePlausibility(sheet)));
  }

  private static List<Relation> deriveIdentities(Sheet sheet) {
    List<Relation> out = new ArrayList<>();
    forBlocks(sheet, T3, Relations::h1, out);
    forBlocks(sheet, T3, Relations::h2, out);
    forBlocks(sheet, T3, b -> rowTotals(Rules.H3, T3, b, "行"), out);
    forBlocks(sheet, "t4", b -> rowTotals(Rules.H4, "t4", b, ""), out);
    return out;
  }

  private static List<Relation> derivePlausibility(Sheet sheet) {
    List<Relation> out = new ArrayList<>();
    forBlocks(sheet, "t2", b -> perRow(b, Rules.P1, List.of("prev_items", "change"), Op.GE, List.of()), out);
    forBlocks(sheet, "t2", b -> perRow(b, Rules.P2, List.of("published"), Op.LE, List.of("total_published")), out);
    forBlocks(sheet, "t2", b -> perRow(b, Rules.P2_MADE, List.of("published"), Op.LE, List.of("made")), out);
    forBlocks(sheet, "t2", b -> perRow(b, Rules.P3, List.of("in_force"), Op.GE, List.of("issued", "-repealed")), out);
    return out;
  }

  private static void forBlocks(Sheet sheet, String table, Function<BlockSpec, List<Relation>> rule,
      List<Relation> out) {
    sheet.table(table).map(TableSpec::blocks).orElse(List.of()).forEach(b -> out.addAll(rule.apply(b)));
  }

  /** H1, the 勾稽关系 printed in Table 3: 一 + 二 = （七） + 四 for every column. */
  private static List<Relation> h1(BlockSpec b) {
    List<Relation> out = new ArrayList<>();
    for (ColumnSpec c : b.columns()) {
      List<Term> parts = List.of(byColumn(b, Arithmetic.NEW_RECEIVED, c), byColumn(b, Arithmetic.CARRIED_OVER, c));
      List<Term> sides =
          List.of(byColumn(b, Arithmetic.TOTAL_PROCESSED, c), byColumn(b, Arithmetic.CARRIED_FORWARD, c));
      out.add(new Relation(Rules.H1, columnScopeZh(c), columnScopeEn(c), sides, Op.EQ, parts));
    }
    return out;
  }

  /** H2: （七）总计 = every outcome row, i.e. the rows from （一）予以公开 up to the one before （七）总计. */
  private static List<Relation> h2(BlockSpec b) {
    List<RowSpec> outcomes = Arithmetic.outcomeRows(b);
    List<Relation> out = new ArrayList<>();
    for (ColumnSpec c : b.columns()) {
      List<Term> parts = outcomes.stream().map(r -> byColumn(b, r.id(), c)).toList();
      out.add(new Relation(Rules.H2, columnScopeZh(c), columnScopeEn(c),
          List.of(byColumn(b, Arithmetic.TOTAL_PROCESSED, c)), Op.EQ, parts));
    }
    return out;
  }

  /** H3 and H4: the total column of each row equals every other column of the block. */
  private static List<Relation> rowTotals(RuleSpec rule, String table, BlockSpec b, String suffixZh) {
    ColumnSpec total = column(b, TOTAL).orElseThrow();
    List<ColumnSpec> parts = b.columns().stream().filter(c -> !c.id().equals(TOTAL)).toList();
    List<Relation> out = new ArrayList<>();
    for (RowSpec r : b.rows()) {
      String scopeEn = suffixZh.isEmpty() ? Labels.capitalised(Labels.rowEn(r)) : "Row " + Labels.rowEn(r);
      out.add(new Relation(rule, Labels.rowZh(r) + suffixZh, scopeEn, List.of(byRow(table, r, total)), Op.EQ,
          parts.stream().map(c -> byRow(table, r, c)).toList()));
    }
    return out;
  }

  /** One relation per row of a block that has every named column ("-x" subtracts x); none otherwise. */
  private static List<Relation> perRow(BlockSpec b, RuleSpec rule, List<String> actual, Op op,
      List<String> expected) {
    boolean applies = Stream.concat(actual.stream(), expected.stream())
        .allMatch(id -> column(b, id.replace("-", "")).isPresent());
    if (!applies) {
      return List.of();
    }
    List<Relation> out = new ArrayList<>();
    for (RowSpec r : b.rows()) {
      out.add(new Relation(rule, Labels.rowZh(r), Labels.capitalised(Labels.rowEn(r)),
          terms(b, r, actual), op, terms(b, r, expected)));
    }
    return out;
  }

  private static List<Term> terms(BlockSpec b, RowSpec r, List<String> columns) {
    return columns.stream().map(id -> {
      Term t = byRow("t2", r, column(b, id.replace("-", "")).orElseThrow());
      return id.startsWith("-") ? t.negate() : t;
    }).toList();
  }

  /** A term inside a column scope, named by its row. */
  private static Term byColumn(BlockSpec b, String rowId, ColumnSpec c) {
    RowSpec r = b.rows().get(rowIndex(b, rowId));
    return new Term(T3 + "." + r.id() + "." + c.id(), false, Labels.rowZh(r), Labels.rowEn(r));
  }

  /** A term inside a row scope, named by its column. */
  private static Term byRow(String table, RowSpec r, ColumnSpec c) {
    return new Term(table + "." + r.id() + "." + c.id(), false, Labels.columnZh(c), Labels.columnEn(c));
  }

  private static String columnScopeZh(ColumnSpec c) {
    return Labels.columnZh(c) + "列";
  }

  private static String columnScopeEn(ColumnSpec c) {
    return Labels.capitalised(Labels.columnEn(c)) + " column";
  }

  private static int rowIndex(BlockSpec b, String rowId) {
    for (int i = 0; i < b.rows().size(); i++) {
      if (b.rows().get(i).id().equals(rowId)) {
        return i;
      }
    }
    throw new IllegalStateException("template block " + b.id() + " has no row " + rowId);
  }

  private static Optional<ColumnSpec> column(BlockSpec b, String id) {
    return b.columns().stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
