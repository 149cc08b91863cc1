package io.gongkai.testing;

import io.gongkai.testing.TableGrid.Kind;
import io.gongkai.testing.TableGrid.Line;
import io.gongkai.testing.TableGrid.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** Turns a table's lines into the cell rows that the layouts print. */
final class Rows {
  private Rows() {}

  /**
   * The table as a grid that keeps every cell position, as a word processor exports it (seed 002's tab rows): group
   * labels sit in the leading columns of the row where they open and are empty below it.
   */
  static List<List<String>> grid(Table table, UnaryOperator<String> labelStyle) {
    List<List<String>> rows = new ArrayList<>();
    for (Line l : table.lines()) {
      List<String> row = new ArrayList<>();
      switch (l.kind()) {
        case CAPTION, HEADER -> row.addAll(l.cells());
        case DATA -> {
          row.addAll(lead(l, labelStyle));
          row.addAll(l.values());
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** The label cells of a data row in the grid: two columns, three inside a （X） group. */
  static List<String> lead(Line l, UnaryOperator<String> labelStyle) {
    if (l.cells().isEmpty()) {
      return List.of();
    }
    String label = labelStyle.apply(l.cells().get(0));
    if (l.depth() == 0) {
      return l.grouped() ? List.of(label, "") : List.of(label);
    }
    List<String> lead = new ArrayList<>();
    String outer = l.groups().stream().filter(g -> !g.startsWith("（")).findFirst().orElse("");
    lead.add(outer);
    if (l.depth() == 2) {
      String sub = l.groups().stream().filter(g -> g.startsWith("（")).findFirst().orElse("");
      lead.add(labelStyle.apply(sub));
    }
    lead.add(label);
    return lead;
  }

  /**
   * Every non-empty cell in reading order, group labels as cells of their own: the order text comes in when a table
   * is flattened (one cell per line, or run together). Blank values that print nothing are dropped.
   */
  static List<String> flat(Table table, UnaryOperator<String> headerStyle) {
    List<String> out = new ArrayList<>();
    for (Line l : table.lines()) {
      if (l.kind() == Kind.HEADER) {
        l.cells().stream().filter(c -> !c.isEmpty()).map(headerStyle).forEach(out::add);
        continue;
      }
      out.addAll(l.groups());
      out.addAll(l.cells());
      l.values().stream().filter(v -> !v.isEmpty()).forEach(out::add);
    }
    return out;
  }

  /** Pads every row to the widest row, so that a Markdown table has one column count. */
  static List<List<String>> padded(List<List<String>> rows) {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : rows) {
      List<String> p = new ArrayList<>(r);
      p.addAll(Collections.nCopies(width - r.size(), ""));
      out.add(p);
    }
    return out;
  }

  /** Seed 002's label style: half-width brackets and a space after the number ({@code (一) 予以公开}). */
  static String halfWidthSpaced(String label) {
    return label.replaceFirst("^（([一二三四五六七八九十])）", "($1) ").replaceFirst("^(\\d)\\.", "$1. ");
  }
}
