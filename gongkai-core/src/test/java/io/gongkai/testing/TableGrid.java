package io.gongkai.testing;

import io.gongkai.schema.BlockSpec;
import io.gongkai.schema.ColumnSpec;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.RowSpec;
import io.gongkai.schema.TableSpec;
import io.gongkai.schema.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed lines of a report's three tables, before a layout decides separators: captions, header rows (with
 * empty placeholders where a merged header cell spans columns) and data rows. Everything comes from the template
 * registry, so the synthetic reports follow it when it changes.
 */
public final class TableGrid {
  /** What a line of a printed table is. */
  public enum Kind { CAPTION, HEADER, DATA }

  /**
   * One printed table row.
   *
   * @param groups group labels (三、本年度办理结果, （三）不予公开) that open at this row, outermost first
   * @param depth 0 for top-level rows, 1 inside 三、本年度办理结果, 2 inside a （X） group
   * @param cells label cells; header rows keep "" where a merged cell spans
   * @param values printed values of a data row, in template order
   * @param grouped whether the row belongs to a table with group labels, whose labels take two columns or more
   */
  public record Line(Kind kind, List<String> groups, int depth, List<String> cells, List<String> values,
      boolean grouped) {
    public Line {
      groups = List.copyOf(groups);
      cells = List.copyOf(cells);
      values = List.copyOf(values);
    }
  }

  /** A table id with its lines. */
  public record Table(String id, String heading, List<Line> lines) {}

  private static final Pattern IN_GROUP = Pattern.compile("^(（[一二三四五六七八九十]）)(\\d.*)$");

  private TableGrid() {}

  /** The three tables of a report, in order. */
  public static List<Table> of(SyntheticReport report) {
    EditionSpec spec = Template.standard().edition(report.edition()).orElseThrow();
    List<Table> tables = new ArrayList<>();
    for (TableSpec t : spec.tables()) {
      List<Line> lines = new ArrayList<>();
      for (BlockSpec b : t.blocks()) {
        if (b.isSideBySide()) {
          sideBySide(report, t, b, lines);
        } else if (b.caption().isPresent()) {
          captioned(report, t, b, lines);
        } else {
          grouped(report, t, b, lines);
        }
      }
      tables.add(new Table(t.id(), t.heading(), lines));
    }
    return tables;
  }

  /** The label a row prints: its number inside the group, without the group's own number. */
  public static String printedLabel(String templateLabel) {
    Matcher m = IN_GROUP.matcher(templateLabel);
    return m.matches() ? m.group(2) : templateLabel;
  }

  /** Table 2 blocks: caption, 信息内容 + column labels, then one row per item. */
  private static void captioned(SyntheticReport report, TableSpec t, BlockSpec b, List<Line> lines) {
    lines.add(new Line(Kind.CAPTION, List.of(), 0, List.of(b.caption().orElseThrow()), List.of(), false));
    List<String> header = new ArrayList<>(List.of(b.headers().isEmpty() ? "信息内容" : b.headers().get(0)));
    b.columns().forEach(c -> header.add(c.label()));
    lines.add(new Line(Kind.HEADER, List.of(), 0, header, List.of(), false));
    for (RowSpec r : b.rows()) {
      lines.add(new Line(Kind.DATA, List.of(), 0, List.of(r.label()), values(report, t, r, b.columns()), false));
    }
  }

  /**
   * Table 3: the 勾稽 note, 申请人情况 over the columns, 法人或其他组织 over the middle ones; rows with the group
   * labels that open at them.
   */
  private static void grouped(SyntheticReport report, TableSpec t, BlockSpec b, List<Line> lines) {
    List<String> headers = b.headers();
    String note = headers.stream().filter(h -> h.startsWith("（")).findFirst().orElseThrow();
    List<String> spans = headers.stream().filter(h -> !h.equals(note)).toList();
    List<ColumnSpec> cols = b.columns();
    int w = cols.size();
    lines.add(new Line(Kind.HEADER, List.of(), 0, List.of(note, "", spans.get(0)), List.of(), false));
    List<String> second = new ArrayList<>(List.of("", "", cols.get(0).label(), spans.get(1)));
    second.addAll(Collections.nCopies(w - 3, ""));
    second.add(cols.get(w - 1).label());
    lines.add(new Line(Kind.HEADER, List.of(), 0, second, List.of(), false));
    List<String> third = new ArrayList<>(List.of("", "", ""));
    cols.subList(1, w - 1).forEach(c -> third.add(c.label()));
    lines.add(new Line(Kind.HEADER, List.of(), 0, third, List.of(), false));
    List<String> groups = b.groups();
    String outer = groups.stream().filter(g -> !g.startsWith("（")).findFirst().orElseThrow();
    boolean outerOpen = false;
    String openSub = null;
    for (RowSpec r : b.rows()) {
      List<String> opening = new ArrayList<>();
      Matcher m = IN_GROUP.matcher(r.label());
      int depth = m.matches() ? 2 : r.label().startsWith("（") ? 1 : 0;
      if (depth > 0 && !outerOpen) {
        opening.add(outer);
        outerOpen = true;
      }
      if (depth == 2 && !m.group(1).equals(openSub)) {
        openSub = m.group(1);
        String prefix = openSub;
        opening.add(groups.stream().filter(g -> g.startsWith(prefix)).findFirst().orElseThrow());
      }
      lines.add(new Line(Kind.DATA, opening, depth, List.of(printedLabel(r.label())),
          values(report, t, r, cols), true));
    }
  }

  /**
   * Table 4: the rows (行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉) print side by side, so the header has
   * three rows and all values sit in one line.
   */
  private static void sideBySide(SyntheticReport report, TableSpec t, BlockSpec b, List<Line> lines) {
    List<ColumnSpec> cols = b.columns();
    int w = cols.size();
    List<String> top = new ArrayList<>();
    List<String> middle = new ArrayList<>();
    List<String> bottom = new ArrayList<>();
    List<String> values = new ArrayList<>();
    String lastTop = null;
    for (RowSpec r : b.rows()) {
      String[] parts = r.label().split("·");
      top.add(parts[0].equals(lastTop) ? "" : parts[0]);
      top.addAll(Collections.nCopies(w - 1, ""));
      lastTop = parts[0];
      if (parts.length == 1) {
        cols.forEach(c -> middle.add(c.label()));
        bottom.addAll(Collections.nCopies(w, ""));
      } else {
        middle.add(parts[1]);
        middle.addAll(Collections.nCopies(w - 1, ""));
        cols.forEach(c -> bottom.add(c.label()));
      }
      values.addAll(values(report, t, r, cols));
    }
    lines.add(new Line(Kind.HEADER, List.of(), 0, top, List.of(), false));
    lines.add(new Line(Kind.HEADER, List.of(), 0, middle, List.of(), false));
    lines.add(new Line(Kind.HEADER, List.of(), 0, bottom, List.of(), false));
    lines.add(new Line(Kind.DATA, List.of(), 0, List.of(), values, false));
  }

  private static List<String> values(SyntheticReport report, TableSpec t, RowSpec r, List<ColumnSpec> cols) {
    return cols.stream().map(c -> report.printed().get(t.id() + "." + r.id() + "." + c.id())).toList();
  }
}
