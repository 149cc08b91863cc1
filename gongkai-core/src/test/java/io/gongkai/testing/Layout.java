package io.gongkai.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A synthetic report as a format-neutral sequence of parts — paragraphs and tables as rectangular rows of cell texts —
 * for the tests of the format readers, which write it as HTML, Word, PDF or a scan in their own way.
 */
public final class Layout {
  /** One part of a report in reading order. */
  public sealed interface Part permits Text, Table {}

  /** A paragraph: title, preamble, heading or narrative. */
  public record Text(String text) implements Part {}

  /**
   * A table as printed: every row has the same number of cells; an empty string is an empty cell, including the
   * places a merged header cell spans.
   *
   * @param id the template table id (t2, t3, t4)
   */
  public record Table(String id, List<List<String>> rows) implements Part {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  private Layout() {}

  /**
   * The table's rows with values in the same columns on every row: label cells first, padded with empty cells to the
   * widest label run (a row outside a （X） group has one label cell fewer), then the values.
   */
  private static List<List<String>> aligned(TableGrid.Table t) {
    int labels = t.lines().stream().filter(l -> l.kind() == TableGrid.Kind.DATA)
        .mapToInt(l -> Rows.lead(l, UnaryOperator.identity()).size()).max().orElse(0);
    int values = t.lines().stream().mapToInt(l -> l.values().size()).max().orElse(0);
    // Header rows hold fewer label cells than data rows: as many as the widest header row has beyond the values.
    int headerLead = t.lines().stream().filter(l -> l.kind() == TableGrid.Kind.HEADER)
        .mapToInt(l -> l.cells().size() - values).max().orElse(labels);
    List<List<String>> rows = new ArrayList<>();
    for (TableGrid.Line l : t.lines()) {
      List<String> row = new ArrayList<>();
      if (l.kind() == TableGrid.Kind.DATA) {
        row.addAll(Rows.lead(l, UnaryOperator.identity()));
        pad(row, row.size(), labels);
        row.addAll(l.values());
      } else {
        row.addAll(l.cells());
        if (l.kind() == TableGrid.Kind.HEADER && headerLead > 0 && headerLead < labels) {
          pad(row, headerLead, labels);
        }
      }
      rows.add(row);
    }
    return Rows.padded(rows);
  }

  private static void pad(List<String> row, int at, int width) {
    while (at < width) {
      row.add(at++, "");
    }
  }

  /** The parts of a report: title, preamble, each section's heading and narrative, and its tables. */
  public static List<Part> parts(SyntheticReport report) {
    List<Part> parts = new ArrayList<>();
    List<TableGrid.Table> tables = new ArrayList<>();
    List<String> paragraphs = Prose.paragraphs(report, t -> {
      tables.add(t);
      return "\u0000table" + (tables.size() - 1);
    });
    for (String p : paragraphs) {
      if (p.startsWith("\u0000table")) {
        TableGrid.Table t = tables.get(Integer.parseInt(p.substring("\u0000table".length())));
        parts.add(new Table(t.id(), aligned(t)));
      } else {
        parts.add(new Text(p));
      }
    }
    return List.copyOf(parts);
  }
}
