package io.gongkai.export;

import io.gongkai.export.Column.Kind;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.List;

/** The tidy table: one row per report and cell. */
final class LongTable {
  private static final List<Column> CELL_COLUMNS = List.of(
      new Column("cell_id", "单元格", "单元格编号 cell id (table.row.col, cells.tsv)", Kind.TEXT),
      new Column("table_label", "表", "统计表 the table, as its section heading names it", Kind.TEXT),
      new Column("row_label", "行", "模板中的行名称 the row's label in the official template", Kind.TEXT),
      new Column("column_label", "列", "模板中的列名称 the column's label in the official template", Kind.TEXT),
      new Column("value", "数值", "报告印出的数值（规范化，万元为单位） the printed value, normalised (money in 万元);"
          + " empty unless status is ok", Kind.VALUE),
      new Column("status", "状态", "ok 确定, blank 空白（未填，可视为 0）, uncertain 不确定, missing 缺失", Kind.TEXT),
      new Column("corrected", "已更正", "是否有人更正过此单元格 whether a person corrected the cell", Kind.BOOLEAN),
      new Column("correction", "更正值", "最近一次更正的数值，与印出的数值并列，不替换它 the latest correction, beside the"
          + " printed value, never over it; empty when the correction says the cell holds no value", Kind.VALUE));

  private final Labels labels = new Labels(Template.standard());

  List<Column> columns() {
    List<Column> all = new ArrayList<>(ReportColumns.COLUMNS);
    all.addAll(CELL_COLUMNS);
    return all;
  }

  /** Writes a row per cell of the report; returns how many. */
  int write(SelectedReport r, TableWriter out) {
    for (ExportCell c : r.cells()) {
      CellSpec spec = labels.cell(r.edition(), c.id());
      out.row(ReportColumns.values(r, c.id(), spec == null ? null : Labels.table(spec),
          spec == null ? null : spec.rowLabel(), spec == null ? null : spec.columnLabel(), c.value(),
          c.status().code(), c.corrected(), c.correction()));
    }
    return r.cells().size();
  }
}
