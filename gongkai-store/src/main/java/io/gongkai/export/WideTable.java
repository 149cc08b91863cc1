package io.gongkai.export;

import io.gongkai.export.Column.Kind;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per report: the report's columns, three counts, then one column per cell id of the editions exported (ids
 * the two editions share are one column). A cell's column holds its printed value, empty when it is blank, uncertain
 * or missing (the counts say how many were not read with certainty); corrections are in the long table only.
 */
final class WideTable {
  private static final List<Column> COUNTS = List.of(
      new Column("errors", "错误数", "错误级问题数 number of error-level findings", Kind.INTEGER),
      new Column("unread_cells", "未确定单元格数", "不确定或缺失的单元格数 cells uncertain or missing", Kind.INTEGER),
      new Column("corrections", "更正数", "有人更正过的单元格数 cells a person corrected", Kind.INTEGER));

  private final List<CellSpec> cells;
  private final Map<String, Integer> position = new HashMap<>();

  WideTable(List<Edition> editions) {
    cells = Labels.union(Template.standard(), editions);
    for (int i = 0; i < cells.size(); i++) {
      position.put(cells.get(i).id().toString(), i);
    }
  }

  List<Column> columns() {
    List<Column> all = new ArrayList<>(ReportColumns.COLUMNS);
    all.addAll(COUNTS);
    for (CellSpec c : cells) {
      all.add(new Column(c.id().toString(), c.rowLabel() + "·" + c.columnLabel(),
          Labels.table(c) + " · " + c.rowLabel() + " · " + c.columnLabel(), Kind.VALUE));
    }
    return all;
  }

  void write(SelectedReport r, TableWriter out) {
    Object[] values = new Object[COUNTS.size() + cells.size()];
    values[0] = r.errors();
    values[1] = r.unreadCells();
    values[2] = r.corrections();
    for (ExportCell c : r.cells()) {
      Integer at = position.get(c.id());
      if (at != null) {
        values[COUNTS.size() + at] = c.value();
      }
    }
    out.row(ReportColumns.values(r, values));
  }
}
