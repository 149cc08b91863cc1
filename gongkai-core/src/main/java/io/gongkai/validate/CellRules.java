package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.Severity;
import io.gongkai.model.Status;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Rules about single cells and their completeness: MISSING_TABLE, H5 (domains), H6 (rows missing from a table that
 * is there), BLANK_CELL and P9, UNCERTAIN_CELL. Blank and uncertain cells are reported per row, not per cell, so a
 * reviewer sees one line per place to look at.
 */
final class CellRules {
  private CellRules() {}

  /** MISSING_TABLE: a table of the edition of which not a single cell was read. */
  static List<Finding> missingTables(Sheet sheet) {
    List<Finding> out = new ArrayList<>();
    for (TableSpec t : sheet.tables()) {
      if (tableAll(sheet, t.id(), s -> s == Status.MISSING)) {
        boolean labelsSeen = sheet.reading().tablesFound().contains(t.id());
        out.add(new Finding("MISSING_TABLE", Severity.ERROR, List.of(), null, null,
            "缺少“" + Labels.tableZh(t) + "”统计表" + (labelsSeen ? "（找到了表头，但未读出任何数据）" : ""),
            Labels.tableEn(t) + " is missing" + (labelsSeen ? " (its labels were found but no cell was read)" : "")));
      }
    }
    return out;
  }

  /** H5: an ok value outside its type's domain (a negative count, a count with decimals, an unreadable amount). */
  static List<Finding> domains(Sheet sheet) {
    List<Finding> out = new ArrayList<>();
    for (int at = 0; at < sheet.size(); at++) {
      Cell c = sheet.cell(at);
      CellSpec s = sheet.spec(at);
      // An ok cell is an unknown operand exactly when its value lies outside the type's domain (see Sheet.operand).
      if (c.status() == Status.OK && sheet.operand(at).kind() == Operand.Kind.UNKNOWN) {
        out.add(new Finding("H5", Severity.ERROR, List.of(s.id().toString()), Domain.describeEn(s.type()), c.value(),
            Labels.cellZh(s) + "：数值“" + c.value() + "”不是" + Domain.describeZh(s.type()),
            Labels.capitalised(Labels.cellEn(s)) + ": value \"" + c.value() + "\" is not "
                + Domain.describeEn(s.type())));
      }
    }
    return out;
  }

  /** H6: rows missing from a table that is otherwise there (a whole missing table is MISSING_TABLE). */
  static List<Finding> missingRows(Sheet sheet) {
    List<Finding> out = new ArrayList<>();
    for (TableSpec t : sheet.tables()) {
      if (tableAll(sheet, t.id(), s -> s == Status.MISSING)) {
        continue;
      }
      for (Sheet.TableRow row : sheet.rows(t.id())) {
        List<CellSpec> missing = matching(sheet, row, s -> s == Status.MISSING);
        if (!missing.isEmpty()) {
          out.add(rowFinding("H6", Severity.ERROR, row, missing,
              "缺少" + (missing.size() == row.cells().size() ? "整行" : "单元格：" + columnsZh(missing)),
              "missing " + (missing.size() == row.cells().size() ? "the whole row" : "cells " + columnsEn(missing))));
        }
      }
    }
    return out;
  }

  /** BLANK_CELL: one finding per row with blank cells, naming them. */
  static List<Finding> blanks(Sheet sheet) {
    return perRow(sheet, Status.BLANK, (row, blank) -> rowFinding("BLANK_CELL", Severity.WARNING, row, blank,
        columnsZh(blank) + "未填写数字（空白），核对时按0计",
        "blank cells " + columnsEn(blank) + ", counted as 0 in the checks"));
  }

  /** P9: a whole table, or else a whole row, printed blank where the template asks for 0. */
  static List<Finding> blankWholes(Sheet sheet) {
    List<Finding> out = new ArrayList<>();
    for (TableSpec t : sheet.tables()) {
      if (tableAll(sheet, t.id(), s -> s == Status.BLANK)) {
        out.add(new Finding("P9", Severity.WARNING, List.of(), null, null,
            "“" + Labels.tableZh(t) + "”整表空白，无数据处应填写0",
            Labels.tableEn(t) + " is entirely blank; the template asks for 0 where there is nothing"));
        continue;
      }
      for (Sheet.TableRow row : sheet.rows(t.id())) {
        if (matching(sheet, row, s -> s == Status.BLANK).size() == row.cells().size()) {
          out.add(rowFinding("P9", Severity.WARNING, row, row.cells(), "整行空白，无数据处应填写0",
              "the whole row is blank; the template asks for 0 where there is nothing"));
        }
      }
    }
    return out;
  }

  /** UNCERTAIN_CELL: one finding per row whose values could not be placed or read with certainty. */
  static List<Finding> uncertain(Sheet sheet) {
    return perRow(sheet, Status.UNCERTAIN, (row, unsure) -> rowFinding("UNCERTAIN_CELL", Severity.WARNING, row, unsure,
        Labels.listZh(unsure, s -> Labels.columnZh(s.column()) + candidates(sheet, s, "（可能为", "、", "）"))
            + "的数值无法确定，未采用",
        "cannot tell the values of " + Labels.listEn(unsure,
            s -> Labels.columnEn(s.column()) + candidates(sheet, s, " (one of ", ", ", ")"))));
  }

  /** One finding per table row that has cells of the given status, in template order. */
  private static List<Finding> perRow(Sheet sheet, Status status,
      BiFunction<Sheet.TableRow, List<CellSpec>, Finding> finding) {
    List<Finding> out = new ArrayList<>();
    for (TableSpec t : sheet.tables()) {
      for (Sheet.TableRow row : sheet.rows(t.id())) {
        List<CellSpec> cells = matching(sheet, row, s -> s == status);
        if (!cells.isEmpty()) {
          out.add(finding.apply(row, cells));
        }
      }
    }
    return out;
  }

  private static String candidates(Sheet sheet, CellSpec s, String open, String sep, String close) {
    List<String> c = sheet.cell(s.id().toString()).candidates();
    return c.isEmpty() ? "" : open + String.join(sep, c) + close;
  }

  private static Finding rowFinding(String rule, Severity severity, Sheet.TableRow row, List<CellSpec> cells,
      String zh, String en) {
    List<String> ids = cells.stream().map(s -> s.id().toString()).toList();
    return new Finding(rule, severity, ids, null, null, Labels.rowZh(row.row()) + "：" + zh,
        Labels.capitalised(Labels.rowEn(row.row())) + ": " + en);
  }

  private static List<CellSpec> matching(Sheet sheet, Sheet.TableRow row, Predicate<Status> p) {
    int[] at = row.positions();
    List<CellSpec> out = null;
    for (int i = 0; i < at.length; i++) {
      if (p.test(sheet.status(at[i]))) {
        if (out == null) {
          out = new ArrayList<>();
        }
        out.add(row.cells().get(i));
      }
    }
    return out == null ? List.of() : out;
  }

  private static boolean tableAll(Sheet sheet, String table, Predicate<Status> p) {
    for (int at : sheet.tableCells(table)) {
      if (!p.test(sheet.status(at))) {
        return false;
      }
    }
    return true;
  }

  private static String columnsZh(List<CellSpec> cells) {
    return Labels.listZh(cells, s -> Labels.columnZh(s.column()));
  }

  private static String columnsEn(List<CellSpec> cells) {
    return Labels.listEn(cells, s -> Labels.columnEn(s.column()));
  }
}
